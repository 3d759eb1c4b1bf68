using BlazorRegistry.App.Security;
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
            return Results.Redirect(LocalUrls.PathOrHome(returnUrl));
        }).ExcludeFromDescription();
        return app;
    }

}
