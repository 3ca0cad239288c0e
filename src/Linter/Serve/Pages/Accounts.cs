using System.Security.Claims;
using GoalLint.Serve.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GoalLint.Serve.Pages;

/// <summary>
/// Sign-in, sign-out, the first lead account on a fresh install (/setup, only while no account
/// exists), and account management for leads. Sessions are cookies (HttpOnly, SameSite=Strict).
/// </summary>
public static class Accounts
{
    public const string LeadPolicy = "lead";
    public const string ReviewerPolicy = "reviewer";

    public static User? Current(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true && long.TryParse(Layout.Claim(http.User, ClaimTypes.NameIdentifier), out var id)
            ? new User(id, Layout.Claim(http.User, ClaimTypes.Name) ?? "", Layout.Claim(http.User, ClaimTypes.GivenName) ?? "", Layout.Claim(http.User, ClaimTypes.Role) ?? "readonly")
            : null;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/setup", (HttpContext http, Users users) => users.Any() ? Results.Redirect(Layout.Url(http, "/login")) : SetupPage(http, null)).AllowAnonymous();
        app.MapPost("/setup", async (HttpContext http, Users users, IFormCollection form) =>
        {
            if (users.Any())
            {
                return Results.Redirect(Layout.Url(http, "/login"));
            }

            if (users.Create(form["name"].ToString(), form["display"].ToString(), form["password"].ToString(), "lead") is { } problem)
            {
                return SetupPage(http, problem);
            }

            await SignIn(http, users.SignIn(form["name"].ToString(), form["password"].ToString())!);
            return Results.Redirect(Layout.Url(http, "/rounds"));
        }).AllowAnonymous();

        app.MapGet("/login", (HttpContext http, Users users) => users.Any() ? LoginPage(http, null) : Results.Redirect(Layout.Url(http, "/setup"))).AllowAnonymous();
        app.MapPost("/login", async (HttpContext http, Users users, IFormCollection form) =>
        {
            if (users.SignIn(form["name"].ToString(), form["password"].ToString()) is not { } user)
            {
                return LoginPage(http, "用户名或密码不正确。", 401);
            }

            await SignIn(http, user);
            var back = form["returnUrl"].ToString();
            // Only a local path: never bounce a reviewer to another site after signing in.
            return Results.Redirect(back.StartsWith('/') && !back.StartsWith("//", StringComparison.Ordinal) && !back.Contains('\\', StringComparison.Ordinal) ? back : Layout.Url(http, "/rounds"));
        }).AllowAnonymous();

        app.MapPost("/logout", async (HttpContext http, IFormCollection _) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect(Layout.Url(http, "/login"));
        });

        app.MapGet("/denied", (HttpContext http) => Layout.Page(http, "无权操作", Html.Of($"""<p>你的角色不能进行这项操作。请联系审核组长。</p><p><a href="{Layout.Url(http, "/rounds")}">返回</a></p>"""), 403));

        app.MapGet("/users", (HttpContext http, Users users) => UsersPage(http, users, null)).RequireAuthorization(LeadPolicy);
        app.MapPost("/users", (HttpContext http, Users users, IFormCollection form) =>
        {
            var problem = users.Create(form["name"].ToString(), form["display"].ToString(), form["password"].ToString(), form["role"].ToString());
            return problem is null ? Results.Redirect(Layout.Url(http, "/users")) : UsersPage(http, users, problem);
        }).RequireAuthorization(LeadPolicy);
        app.MapPost("/users/{id:long}/role", (HttpContext http, Users users, long id, IFormCollection form) =>
        {
            var problem = Current(http)!.Id == id ? "不能修改自己的角色。" : users.SetRole(id, form["role"].ToString());
            return problem is null ? Results.Redirect(Layout.Url(http, "/users")) : UsersPage(http, users, problem);
        }).RequireAuthorization(LeadPolicy);
    }

    private static Task SignIn(HttpContext http, User user)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, user.Name),
                new Claim(ClaimTypes.GivenName, user.DisplayName),
                new Claim(ClaimTypes.Role, user.Role),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
    }

    private static IResult SetupPage(HttpContext http, string? problem) => Layout.Page(http, "首次使用：创建审核组长账户", Html.Of($"""
        {Layout.Notice(problem, error: true)}
        <p>这是新安装的工作台，还没有任何账户。请先创建一个审核组长账户；组长可以批准豁免，并为其他审核人员开设账户。</p>
        <form method="post" action="{Layout.Url(http, "/setup")}" class="stack">{Layout.Token(http)}
        <label>用户名 <input name="name" required maxlength="64" autocomplete="username"></label>
        <label>姓名 <input name="display" maxlength="64"></label>
        <label>密码（至少 {Users.MinPasswordLength} 位） <input name="password" type="password" required minlength="{Users.MinPasswordLength}" autocomplete="new-password"></label>
        <button type="submit">创建并登录</button>
        </form>
        """));

    private static IResult LoginPage(HttpContext http, string? problem, int status = 200) => Layout.Page(http, "登录", Html.Of($"""
        {Layout.Notice(problem, error: true)}
        <form method="post" action="{Layout.Url(http, "/login")}" class="stack">{Layout.Token(http)}
        <input type="hidden" name="returnUrl" value="{http.Request.Query["ReturnUrl"].ToString()}">
        <label>用户名 <input name="name" required autocomplete="username" autofocus></label>
        <label>密码 <input name="password" type="password" required autocomplete="current-password"></label>
        <button type="submit">登录</button>
        </form>
        """), status);

    private static IResult UsersPage(HttpContext http, Users users, string? problem)
    {
        var roles = Users.Roles.Select(r => (r, Words.Role(r))).ToArray();
        var rows = users.All().Select(u => Html.Of($"""
            <tr><td>{u.Name}</td><td>{u.DisplayName}</td><td>
            <form method="post" action="{Layout.Url(http, $"/users/{u.Id}/role")}" class="inline">{Layout.Token(http)}
            <select name="role">{Html.Join(roles.Select(r => Html.Of($"""<option value="{r.Item1}"{Layout.Selected(r.Item1 == u.Role)}>{r.Item2}</option>""")))}</select>
            <button type="submit">修改</button></form></td></tr>
            """));
        return Layout.Page(http, "账户管理", Html.Of($"""
            {Layout.Notice(problem, error: true)}
            <table><thead><tr><th>用户名</th><th>姓名</th><th>角色</th></tr></thead><tbody>{rows}</tbody></table>
            <h2>新建账户</h2>
            <form method="post" action="{Layout.Url(http, "/users")}" class="stack">{Layout.Token(http)}
            <label>用户名 <input name="name" required maxlength="64"></label>
            <label>姓名 <input name="display" maxlength="64"></label>
            <label>初始密码（至少 {Users.MinPasswordLength} 位） <input name="password" type="password" required minlength="{Users.MinPasswordLength}" autocomplete="new-password"></label>
            <label>角色 <select name="role">{Html.Join(roles.Select(r => Html.Of($"""<option value="{r.Item1}">{r.Item2}</option>""")))}</select></label>
            <button type="submit">创建</button>
            </form>
            """));
    }
}
