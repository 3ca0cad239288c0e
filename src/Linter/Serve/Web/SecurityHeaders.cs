using Microsoft.AspNetCore.Http;

namespace GoalLint.Serve.Web;

/// <summary>
/// Headers on every response: a Content-Security-Policy that allows only this app's own script and
/// stylesheet (no inline script, no inline style, nothing from elsewhere), no framing, no MIME
/// sniffing, no referrer, and pages never cached (they hold submissions).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public Task InvokeAsync(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (!http.Request.Path.StartsWithSegments("/static", StringComparison.Ordinal))
        {
            headers.CacheControl = "no-store";
        }

        return next(http);
    }
}
