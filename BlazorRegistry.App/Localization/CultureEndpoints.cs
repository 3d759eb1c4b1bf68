using System.Security.Claims;
using BlazorRegistry.App.Security;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core;
using Microsoft.AspNetCore.Localization;

namespace BlazorRegistry.App.Localization;

public static class CultureEndpoints
{
    /// <summary>
    /// GET /culture/{language}?returnUrl=/path: remembers the language in a cookie for a year and goes back
    /// to the page. A plain link, so it works on static pages and with JavaScript off. A signed-in person's
    /// choice is also their account's language, which their messages follow from then on.
    /// </summary>
    public static IEndpointRouteBuilder MapCultureEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture/{language}", async (string language, string? returnUrl, HttpContext http, AccountService accounts) =>
        {
            if (Languages.TryParse(language) is not { } chosen)
                return Results.BadRequest();
            var culture = SupportedCultures.CultureName(chosen);
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = false });
            if (http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
                await accounts.ChooseLanguageAsync(userId, chosen);
            return Results.Redirect(LocalUrls.PathOrHome(returnUrl));
        }).ExcludeFromDescription();
        return app;
    }

}
