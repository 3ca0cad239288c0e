using System.Security.Claims;
using GoalLint.Serve.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GoalLint.Serve.Pages;

/// <summary>The frame every page shares: head (stylesheet and script from /static, nothing inline), navigation, signed-in user.</summary>
public static class Layout
{
    public static IResult Page(HttpContext http, string title, Html body, int status = 200)
    {
        var user = Accounts.Current(http);
        var nav = user is null ? Html.Empty : Html.Of($"""
            <nav><a href="{Url(http, "/rounds")}">审核轮次</a>{Html.When(user.Role == "lead", $"""<a href="{Url(http, "/users")}">账户管理</a>""")}
            <span class="who">{user.DisplayName}（{Words.Role(user.Role)}）</span>
            <form method="post" action="{Url(http, "/logout")}" class="inline">{Token(http)}<button type="submit" class="link">退出</button></form></nav>
            """);
        var page = Html.Of($"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · GoalLint 审核工作台</title>
            <link rel="stylesheet" href="{Url(http, "/static/app.css")}">
            <script src="{Url(http, "/static/app.js")}" defer></script>
            </head>
            <body>
            <header><a class="brand" href="{Url(http, "/")}">GoalLint 绩效目标审核工作台</a>{nav}</header>
            <main>
            <h1>{title}</h1>
            {body}
            </main>
            </body>
            </html>
            """);
        return Results.Content(page.Markup, "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>A path under the app's base (a reverse proxy may serve it under /goallint).</summary>
    public static string Url(HttpContext http, string path) => http.Request.PathBase + path;

    /// <summary>A query string from pairs, each value escaped; empty values left out.</summary>
    public static string Query(params (string Name, string? Value)[] pairs)
    {
        var kept = pairs.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToArray();
        return kept.Length == 0 ? "" : "?" + string.Join("&", kept);
    }

    /// <summary>The hidden anti-forgery field every form carries.</summary>
    public static Html Token(HttpContext http)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return Html.Of($"""<input type="hidden" name="{tokens.FormFieldName}" value="{tokens.RequestToken}">""");
    }

    public static Html Notice(string? message, bool error = false) =>
        string.IsNullOrEmpty(message) ? Html.Empty : Html.Of($"""<p class="{(error ? "notice error" : "notice")}" role="status">{message}</p>""");

    public static Html Options(IEnumerable<(string Value, string Label)> options, string? selected, string allLabel = "全部") =>
        Html.Join(options.Select(o => Html.Of($"""<option value="{o.Value}"{Selected(o.Value == selected)}>{o.Label}</option>""")).Prepend(Html.Of($"""<option value="">{allLabel}</option>""")));

    public static Html Selected(bool selected) => selected ? Html.Trusted(" selected") : Html.Empty;

    public static Html SeverityBadge(string severity) => Html.Of($"""<span class="badge sev-{severity}">{Words.Severity(severity)}</span>""");

    public static Html DecisionBadge(string state) => Html.Of($"""<span class="state state-{state}">{Words.Decision(state)}</span>""");

    public static string? Claim(ClaimsPrincipal user, string type) => user.FindFirst(type)?.Value;
}
