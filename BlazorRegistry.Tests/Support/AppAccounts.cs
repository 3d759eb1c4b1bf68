using System.Collections.Concurrent;
using BlazorRegistry.Core;
using BlazorRegistry.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Support;

/// <summary>Accounts made directly in a running app, for tests about what comes after sign-up.</summary>
public static class AppAccounts
{
    public const string Password = "Strong-Pass-1";

    /// <summary>The authenticator keys of the staff accounts tests made, by user name.</summary>
    private static readonly ConcurrentDictionary<string, string> Keys = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// An account with a confirmed e-mail. Staff get an authenticator enrolled, as after their first
    /// sign-in, so signing in takes the password and a TOTP code (<see cref="SecondFactorCode"/>).
    /// </summary>
    public static Task<RegistryUser> CreateAsync(RegistryAppFactory app, string role, string? email = null, string language = "kk",
        bool enrolSecondFactor = true)
    {
        _ = app.ServerAddress;
        return CreateAsync(app.Services, role, email, language, enrolSecondFactor);
    }

    /// <summary>The same, in whatever database <paramref name="services"/> (Core's) are wired to: a deployment's, say.</summary>
    public static async Task<RegistryUser> CreateAsync(IServiceProvider services, string role, string? email = null, string language = "kk",
        bool enrolSecondFactor = true)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.kz";
        var user = new RegistryUser { UserName = email, Email = email, EmailConfirmed = true, PreferredLanguage = Languages.ParseOrDefault(language) };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Code)));
        await users.AddToRoleAsync(user, role);
        if (enrolSecondFactor && Roles.StaffRoles.Contains(role))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            Remember(email, (await users.GetAuthenticatorKeyAsync(user))!);
        }
        return user;
    }

    public static void Remember(string userName, string key) => Keys[userName] = key;

    public static bool HasSecondFactor(string userName) => Keys.ContainsKey(userName);

    /// <summary>The code the account's authenticator app shows now.</summary>
    public static string SecondFactorCode(string userName) => Totp.Code(Keys[userName], DateTimeOffset.UtcNow);

    public static async Task<Browserless> SignInAsync(RegistryAppFactory app, RegistryUser user, string language = "kk-KZ")
    {
        var visitor = new Browserless(app.ServerAddress, language);
        var page = await SignInAsync(visitor, user.UserName!, Password);
        Assert.True(page.Url == "/", page.Text);
        return visitor;
    }

    /// <summary>Password, then (for staff) the authenticator's code, or enrolment with a new key on a first sign-in.</summary>
    public static async Task<Browserless.Page> SignInAsync(Browserless visitor, string identifier, string password)
    {
        var page = await visitor.SubmitAsync("/account/sign-in", "sign-in", new() { ["Input.Identifier"] = identifier, ["Input.Password"] = password });
        if (!page.Url.StartsWith("/account/two-factor", StringComparison.Ordinal))
            return page;
        if (page.Html.Contains("enrol-authenticator"))
        {
            var key = KeyOnPage(page);
            var codes = await visitor.SubmitAsync(page, "enrol-authenticator", new() { ["Enrol.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
            Assert.Contains("data-testid=\"recovery-codes\"", codes.Html);
            Remember(identifier, key);
            return await visitor.GetAsync(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(codes.Html)
                .QuerySelector("a.registry-button")!.GetAttribute("href")!);
        }
        return await visitor.SubmitAsync(page, "two-factor", new() { ["Input.Code"] = SecondFactorCode(identifier) });
    }

    /// <summary>The key the enrolment page shows as text (the QR code carries the same).</summary>
    public static string KeyOnPage(Browserless.Page page) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.Html).QuerySelector("[data-testid=authenticator-key]")!
            .TextContent.Replace(" ", "").ToUpperInvariant();
}
