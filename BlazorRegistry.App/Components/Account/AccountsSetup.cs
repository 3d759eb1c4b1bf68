using BlazorRegistry.App.Security;
using BlazorRegistry.Core.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using BlazorRegistry.App.Components.Account.RateLimiting;

namespace BlazorRegistry.App.Components.Account;

/// <summary>Sign-in cookies, roles, staff's second factor, the account pages' rate limit and forwarded client addresses.</summary>
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
        // Core registered the user store; the web adds sign-in on top of it, with staff's second factor
        // (an authenticator app, TOTP) for the roles configuration names.
        new IdentityBuilder(typeof(RegistryUser), typeof(IdentityRole), services)
            .AddSignInManager<RegistrySignInManager>()
            .AddTokenProvider<AuthenticatorTokenProvider<RegistryUser>>(TokenOptions.DefaultAuthenticatorProvider);
        var options = RegistryOptions.From(builder.Configuration);
        services.AddSingleton(options.Accounts.TwoFactor);
        // Where /dev/sms plays the phone, the SMS outbox keeps what it "received"; anywhere else it masks codes.
        services.AddSingleton(new BlazorRegistry.Core.Notifications.SmsOutboxRetention(KeepsCodes: builder.Environment.IsDevelopment()));
        services.AddSingleton(options.Accounts.Codes);
        services.AddAuthorization();
        services.AddScoped<CodeSender>();

        services.AddAccountRateLimiter(options.RateLimits);
        services.AddRegistryForwardedHeaders(options.ForwardedHeaders);
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
        app.MapPost("/admin/users/{id}/{action:regex(^(enable|disable|reset-second-factor)$)}", async (string id, string action, HttpContext http,
            AccountService accounts) =>
        {
            var actor = ClientAddress.Of(http);
            if (action == "reset-second-factor")
                await accounts.ResetSecondFactorAsync(id, actor);
            else
                await accounts.SetDisabledAsync(id, action == "disable", actor);
            return Results.LocalRedirect("/admin/users");
        }).RequireAuthorization(p => p.RequireRole(Roles.Administrator)).RequireAntiforgery().ExcludeFromDescription();
        return app;
    }
}
