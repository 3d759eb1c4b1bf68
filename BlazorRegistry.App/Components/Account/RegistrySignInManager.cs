using BlazorRegistry.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BlazorRegistry.App.Components.Account;

/// <summary>
/// Identity's sign-in with one change: an account in a role that needs a second factor
/// (<see cref="TwoFactorPolicy"/>) always gets "two factor required" after its password, enrolled or not,
/// so a password alone never yields a session; the two-factor page enrols it first when it has no
/// authenticator yet.
/// </summary>
public sealed class RegistrySignInManager(
    UserManager<RegistryUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<RegistryUser> claimsFactory,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<RegistryUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<RegistryUser> confirmation,
    TwoFactorPolicy policy)
    : SignInManager<RegistryUser>(users, contextAccessor, claimsFactory, options, logger, schemes, confirmation)
{
    public async Task<bool> RequiresSecondFactorAsync(RegistryUser user) =>
        policy.IsRequiredFor(await UserManager.GetRolesAsync(user));

    public override async Task<bool> IsTwoFactorEnabledAsync(RegistryUser user) =>
        await RequiresSecondFactorAsync(user) || await base.IsTwoFactorEnabledAsync(user);

    /// <summary>Whether the account has an authenticator enrolled and switched on.</summary>
    public async Task<bool> HasAuthenticatorAsync(RegistryUser user) =>
        await UserManager.GetTwoFactorEnabledAsync(user) && !string.IsNullOrEmpty(await UserManager.GetAuthenticatorKeyAsync(user));
}
