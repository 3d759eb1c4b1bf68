using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace BlazorRegistry.Core.Accounts;

/// <summary>An administrator account that configuration asks for on start (the first one, or Development's demo one).</summary>
public sealed record AdministratorAccount(string Email, string Password);

/// <summary>
/// Creates the roles and the configured administrator accounts that do not exist yet. An existing account
/// is never changed: its password may have been changed since.
/// </summary>
public sealed class AccountSeeder(UserManager<RegistryUser> users, RoleManager<IdentityRole> roles,
    TimeProvider time, ILogger<AccountSeeder> logger)
{
    public async Task SeedAsync(IEnumerable<AdministratorAccount> administrators)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");

        foreach (var admin in administrators)
        {
            if (await users.FindByEmailAsync(admin.Email) is not null)
                continue;
            var user = new RegistryUser
            {
                UserName = admin.Email,
                Email = admin.Email,
                EmailConfirmed = true,
                CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            };
            Check(await users.CreateAsync(user, admin.Password), $"administrator {admin.Email}");
            Check(await users.AddToRoleAsync(user, Roles.Administrator), $"administrator {admin.Email}");
            logger.LogInformation("Created administrator account {Email}", admin.Email);
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        // A bad configured password must stop the start: an app without its administrator is no use.
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
