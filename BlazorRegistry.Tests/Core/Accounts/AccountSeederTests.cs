using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Core.Accounts;

public class AccountSeederSeed
{
    [Fact]
    public async Task CreatesTheRolesAndTheConfiguredAdministratorOnce()
    {
        await using var test = await TestDatabase.CreateAsync();
        for (var run = 0; run < 2; run++)
        {
            await using var scope = test.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AccountSeeder>().SeedAsync([new AdministratorAccount("first@registry.kz", "Strong-Pass-1")]);
        }

        await using var check = test.Services.CreateAsyncScope();
        var users = check.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
        var roles = check.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        Assert.All(Roles.All, r => Assert.True(roles.RoleExistsAsync(r).Result));
        var admin = await users.FindByEmailAsync("first@registry.kz");
        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, Roles.Administrator));
        Assert.True(await users.CheckPasswordAsync(admin, "Strong-Pass-1"));
        Assert.Single(users.Users);
    }

    [Fact]
    public async Task RefusesToStartWithAWeakConfiguredPassword()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var scope = test.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<AccountSeeder>();
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => seeder.SeedAsync([new AdministratorAccount("first@registry.kz", "123")]));
        Assert.Contains("first@registry.kz", ex.Message);
    }
}
