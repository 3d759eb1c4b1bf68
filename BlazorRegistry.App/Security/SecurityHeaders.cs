namespace BlazorRegistry.App.Security;

/// <summary>
/// The browser protections every response carries, pages served from the register's page cache and
/// error pages included: it runs first in the pipeline and sets the headers as the response starts.
/// An endpoint may set a stricter Content-Security-Policy of its own (uploaded files: <see cref="UploadedFilePolicy"/>).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Blazor Server and MudBlazor run with scripts from this site only (no inline script, no eval) and
    /// talk back over a WebSocket to the same origin ('self' covers ws: and wss: there). style-src needs
    /// 'unsafe-inline': MudBlazor writes its theme as an inline style element and positions popovers with
    /// style attributes; inline styles cannot run code. &lt;object&gt; shows a scan from /files on the review page.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'self'; frame-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>An uploaded scan opens as an inert document: no script, no form, no same-origin access, framed only by this site.</summary>
    public const string UploadedFilePolicy = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), fullscreen=(self)";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.TryAdd("Content-Security-Policy", ContentSecurityPolicy);
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            return Task.CompletedTask;
        });
        return next(http);
    });
}
