using GoalLint.Serve.Checking;
using GoalLint.Serve.Data;
using GoalLint.Serve.Pages;
using GoalLint.Serve.Web;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GoalLint.Serve;

/// <summary>
/// The review workbench (<c>goallint serve</c>): an ASP.NET Core app on SQLite that consumes the
/// lint pipeline. Server-rendered pages, one small script, cookie sessions with anti-forgery
/// tokens, a strict Content-Security-Policy, loopback only unless told otherwise.
/// </summary>
public static class Workbench
{
    /// <param name="options">Data folder, address, caps.</param>
    /// <param name="configure">Lets tests swap the server (TestServer) before the app is built.</param>
    public static WebApplication Build(ServeOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        Directory.CreateDirectory(options.DataDirectory);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = options.DataDirectory, Args = [] });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(options.Host, options.Port);
            kestrel.Limits.MaxRequestBodySize = options.Limits.MaxRequestBytes;
            kestrel.AddServerHeader = false;
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = options.Limits.MaxRequestBytes;
            form.ValueCountLimit = 1024;
        });

        var database = new Database(options.DataDirectory);
        database.Migrate();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton<Users>();
        builder.Services.AddSingleton<Rounds>();
        builder.Services.AddSingleton<Review>();
        builder.Services.AddSingleton<Decisions>();
        builder.Services.AddSingleton<RoundChecker>();
        builder.Services.AddSingleton<CheckQueue>();
        builder.Services.AddHostedService(s => s.GetRequiredService<CheckQueue>());

        // Keys under --data, so sessions survive a restart of the service.
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataDirectory, "keys"))).SetApplicationName("goallint-serve");
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = "goallint.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/login";
            cookie.AccessDeniedPath = "/denied";
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Accounts.ReviewerPolicy, p => p.RequireRole("reviewer", "lead"))
            .AddPolicy(Accounts.LeadPolicy, p => p.RequireRole("lead"))
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddAntiforgery(a =>
        {
            a.Cookie.Name = "goallint.antiforgery";
            a.Cookie.SameSite = SameSiteMode.Strict;
            a.FormFieldName = "__token";
        });
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            // Only a proxy on this machine (loopback, the default KnownProxies) may say who the client is and whether it used HTTPS.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        });
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseForwardedHeaders();
        if (options.PathBase.Length > 0)
        {
            app.UsePathBase(options.PathBase);
        }

        app.UseMiddleware<SecurityHeaders>();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        Assets.Map(app);
        Accounts.Map(app);
        RoundPages.Map(app);
        BrowsePages.Map(app);
        ExportPages.Map(app);
        return app;
    }
}
