using System.Globalization;
using System.Net;
using BlazorRegistry.App.Localization;
using BlazorRegistry.Core;
using Microsoft.Extensions.Localization;

namespace BlazorRegistry.App.Security;

/// <summary>429 as a person reads it: a short page in the page language, and Retry-After for programs.</summary>
public static class TooManyRequests
{
    public static async Task WriteAsync(HttpContext http, TimeSpan retryAfter)
    {
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentType = "text/html; charset=utf-8";
        var title = WebUtility.HtmlEncode(text["TooMany_Title"]);
        var body = WebUtility.HtmlEncode(string.Format(CultureInfo.CurrentCulture, text["TooMany_Text"], seconds));
        await http.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{SupportedCultures.Current.Code()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title}</title><link rel="stylesheet" href="/app.css"></head>
            <body><main class="registry-plain-page"><h1>{title}</h1><p>{body}</p><p><a href="/">{WebUtility.HtmlEncode(text["Nav_Home"])}</a></p></main></body></html>
            """, http.RequestAborted);
    }
}
