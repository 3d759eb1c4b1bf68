using BlazorRegistry.Core;
using Microsoft.AspNetCore.Localization;

namespace BlazorRegistry.App.Localization;

public static class CultureEndpoints
{
    /// <summary>
    /// GET /culture/{language}?returnUrl=/path: remembers the language in a cookie for a year and goes back
    /// to the page. A plain link, so it works on static pages and with JavaScript off.
    /// </summary>
    public static IEndpointRouteBuilder MapCultureEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture/{language}", (string language, string? returnUrl, HttpContext http) =>
        {
            if (Languages.TryParse(language) is not { } chosen)
                return Results.BadRequest();
            var culture = SupportedCultures.CultureName(chosen);
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = false });
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).ExcludeFromDescription();
        return app;
    }

    // Only paths on this site: "//evil.example" and "/\evil.example" are other sites to a browser.
    internal static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
