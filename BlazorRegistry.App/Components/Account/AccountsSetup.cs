using System.Globalization;
using BlazorRegistry.App.Localization;
using BlazorRegistry.App.Notifications;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Notifications;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using BlazorRegistry.App.Components.Account.RateLimiting;

namespace BlazorRegistry.App.Components.Account;

/// <summary>Sign-in cookies, roles, staff's second factor, the account pages' rate limit and message delivery.</summary>
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
        services.AddSingleton(builder.Configuration.GetSection("Registry:Accounts:TwoFactor").Get<TwoFactorPolicy>() ?? new TwoFactorPolicy());
        services.AddSingleton(builder.Configuration.GetSection("Registry:Accounts:Codes").Get<CodeLimits>() ?? new CodeLimits());
        services.AddAuthorization();
        services.AddScoped<CodeSender>();

        services.Configure<SmtpOptions>(builder.Configuration.GetSection("Registry:Smtp"));
        services.AddSingleton<IEmailTransport, MailKitEmailTransport>();
        services.AddHostedService<NotificationDeliveryLoop>();
        services.AddHostedService<ApplicantNotifier>();
        services.AddScoped<RelativeTime>();

        services.AddAccountRateLimiter(builder.Configuration);
        services.AddRegistryForwardedHeaders(builder.Configuration);
        return builder;
    }

    public static WebApplication MapRegistryAccounts(this WebApplication app)
    {
        app.MapPost("/account/sign-out", async (SignInManager<RegistryUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/");
        }).ExcludeFromDescription();

        // Plain form posts from the user-management page; antiforgery is checked by the middleware.
        app.MapPost("/admin/users/{id}/{action:regex(^(enable|disable|reset-second-factor)$)}", async (string id, string action, HttpContext http,
            AccountService accounts, UserManager<RegistryUser> users) =>
        {
            var actor = users.GetUserId(http.User)!;
            if (action == "reset-second-factor")
                await accounts.ResetSecondFactorAsync(id, actor);
            else
                await accounts.SetDisabledAsync(id, action == "disable", actor);
            return Results.LocalRedirect("/admin/users");
        }).RequireAuthorization(p => p.RequireRole(Roles.Administrator)).ExcludeFromDescription();
        return app;
    }
}
