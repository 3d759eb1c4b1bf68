using BlazorRegistry.Core;
using BlazorRegistry.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Support;

/// <summary>Accounts made directly in a running app, for tests about what comes after sign-up.</summary>
public static class AppAccounts
{
    public const string Password = "Strong-Pass-1";

    public static async Task<RegistryUser> CreateAsync(RegistryAppFactory app, string role, string? email = null, string language = "kk")
    {
        _ = app.ServerAddress;
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.kz";
        var user = new RegistryUser { UserName = email, Email = email, EmailConfirmed = true, PreferredLanguage = Languages.ParseOrDefault(language) };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Code)));
        await users.AddToRoleAsync(user, role);
        return user;
    }

    public static async Task<Browserless> SignInAsync(RegistryAppFactory app, RegistryUser user, string language = "kk-KZ")
    {
        var visitor = new Browserless(app.ServerAddress, language);
        var page = await visitor.SubmitAsync("/account/sign-in", "sign-in", new() { ["Input.Identifier"] = user.UserName!, ["Input.Password"] = Password });
        Assert.True(page.Url == "/", page.Text);
        return visitor;
    }
}
