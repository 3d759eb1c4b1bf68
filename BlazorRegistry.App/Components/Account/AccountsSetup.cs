using System.Threading.RateLimiting;
using BlazorRegistry.App.Localization;
using BlazorRegistry.App.Notifications;
using BlazorRegistry.App.Security;
using BlazorRegistry.Core.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace BlazorRegistry.App.Components.Account;

/// <summary>Sign-in cookies, roles and the account pages' rate limit.</summary>
public static class AccountsSetup
{
    public const string AccountPostsPolicy = "account-posts";

    public static WebApplicationBuilder AddRegistryAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/sign-in";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "registry.auth";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.Configure<IdentityOptions>(o => o.SignIn.RequireConfirmedAccount = true);
        // A disabled account or a reset password renews the security stamp; sessions notice within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        // Core registered the user store; the web adds sign-in on top of it.
        new IdentityBuilder(typeof(RegistryUser), typeof(IdentityRole), services).AddSignInManager();
        services.AddAuthorization();
        services.AddScoped<CodeSender>();

        var limits = RegistryOptions.From(builder.Configuration).RateLimits;
        services.AddRateLimiter(o =>
        {
            // Per client address and page: guessing passwords or codes, or flooding someone's phone with
            // codes, runs into this before it runs into anything else.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                HttpMethods.IsPost(http.Request.Method) && http.Request.Path.StartsWithSegments("/account")
                    ? RateLimitPartition.GetFixedWindowLimiter($"{http.Connection.RemoteIpAddress}|{http.Request.Path}",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.AccountPostsPerMinute, Window = TimeSpan.FromMinutes(1) })
                    : RateLimitPartition.GetNoLimiter(""));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, _) => await TooManyRequests.WriteAsync(context.HttpContext,
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1));
        });
        return builder;
    }

    public static WebApplication MapRegistryAccounts(this WebApplication app)
    {
        app.MapPost("/account/sign-out", async (SignInManager<RegistryUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/");
        }).RequireAntiforgery().ExcludeFromDescription();

        // Plain form posts from the user-management page, with the form's antiforgery token.
        app.MapPost("/admin/users/{id}/{action:regex(^(enable|disable)$)}", async (string id, string action, HttpContext http,
            AccountService accounts, UserManager<RegistryUser> users) =>
        {
            await accounts.SetDisabledAsync(id, action == "disable", ClientAddress.Of(http));
            return Results.LocalRedirect("/admin/users");
        }).RequireAuthorization(p => p.RequireRole(Roles.Administrator)).RequireAntiforgery().ExcludeFromDescription();
        return app;
    }
}
