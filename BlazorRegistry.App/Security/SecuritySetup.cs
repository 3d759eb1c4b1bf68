using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Audit;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace BlazorRegistry.App.Security;

/// <summary>The client address for the audit, and the audit of every staff sign-in.</summary>
public static class SecuritySetup
{
    public static IServiceCollection AddRegistrySecurity(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ClientAddress>();
        // Whatever page signs a person in (password, second factor), the cookie is issued here once.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            var previous = o.Events.OnSignedIn;
            o.Events.OnSignedIn = async context =>
            {
                await previous(context);
                if (context.Principal is { } user && (user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Observer)))
                    await context.HttpContext.RequestServices.GetRequiredService<AuditLog>()
                        .RecordAsync(ClientAddress.Of(context.HttpContext) with { UserId = user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "" },
                            AuditAction.SignedIn);
            };
        });
        return services;
    }
}
