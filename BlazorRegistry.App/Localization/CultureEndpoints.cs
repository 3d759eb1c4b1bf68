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
            // The account's language changes only from the portal's own pages: a link on another site must not
            // switch the language of someone's SMS and e-mail (browsers say where a navigation came from).
            if (http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId && FromOwnPage(http.Request))
                await accounts.ChooseLanguageAsync(userId, chosen);
            return Results.Redirect(LocalUrls.PathOrHome(returnUrl));
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Sec-Fetch-Site is "same-origin" for a click on our own page (or "none" for an address typed or
    /// bookmarked) and "cross-site" for a link elsewhere. A browser too old to send it must show a Referer
    /// from this host; without either, only the cookie changes.
    /// </summary>
    private static bool FromOwnPage(HttpRequest request) => request.Headers["Sec-Fetch-Site"].ToString() switch
    {
        "same-origin" or "none" => true,
        "" => Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
            && string.Equals(referer.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

}
