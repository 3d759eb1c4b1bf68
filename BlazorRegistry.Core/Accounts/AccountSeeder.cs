using BlazorRegistry.Core.Audit;
using BlazorRegistry.Core.Rules;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace BlazorRegistry.Core.Accounts;

/// <summary>An administrator account that configuration asks for on start (the first one, or Development's demo one).</summary>
public sealed record AdministratorAccount(string Email, string Password);

/// <summary>
/// Creates the roles and the configured administrator accounts that do not exist yet, through the same
/// path as an administrator creating staff at /admin/users. An existing account is never changed: its
/// password may have been changed since.
/// </summary>
public sealed class AccountSeeder(AccountService accounts, RoleManager<IdentityRole> roles, ILogger<AccountSeeder> logger)
{
    public async Task SeedAsync(IEnumerable<AdministratorAccount> administrators)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role) && await roles.CreateAsync(new IdentityRole(role)) is { Succeeded: false } failed)
                throw new InvalidOperationException($"Could not create role {role}: {string.Join("; ", failed.Errors.Select(e => e.Description))}");

        foreach (var admin in administrators)
        {
            var created = await accounts.CreateStaffAsync(admin.Email, Roles.Administrator, admin.Password, AuditActor.System);
            if (created.Succeeded)
                logger.LogInformation("Created administrator account {Email}", admin.Email);
            else if (!created.Errors.Any(e => e.Code == ErrorCode.AccountExists))
                // A bad configured address or password must stop the start: an app without its administrator is no use.
                throw new InvalidOperationException($"Could not create administrator {admin.Email}: " +
                    string.Join("; ", created.Errors.Select(e => e.Field is null ? e.Code.ToString() : $"{e.Field}: {e.Code}")) +
                    " (passwords need 8 characters or more with upper and lower case letters, a digit and a symbol)");
        }
    }
}
