using BlazorRegistry.App.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;

namespace BlazorRegistry.App.Security;

/// <summary>
/// For minimal-API form posts that read nothing from the form (sign-out, enable or disable an account):
/// the antiforgery middleware checks only endpoints that ask for it, and such an endpoint would otherwise
/// accept a cross-site POST riding on the visitor's cookie.
/// </summary>
public static class AntiforgeryRequired
{
    public static RouteHandlerBuilder RequireAntiforgery(this RouteHandlerBuilder endpoint) =>
        endpoint.WithMetadata(new RequireAntiforgeryTokenAttribute(required: true))
            .AddEndpointFilter(async (context, next) =>
            {
                if (context.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: true })
                    return await next(context);
                // A body of its own, so the status-code page does not run the refused POST a second time.
                var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                return Results.Text(text["Error_FormExpired"], "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            });
}
