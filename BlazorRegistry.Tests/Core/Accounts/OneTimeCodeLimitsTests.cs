using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Rules;
using BlazorRegistry.Tests.Support;

namespace BlazorRegistry.Tests.Core.Accounts;

/// <summary>Codes issued are capped per account and per client address, and the resend wait grows.</summary>
public class OneTimeCodeIssueLimits
{
    private static async Task<string> UserAsync(TestDatabase test)
    {
        await using var db = test.NewContext();
        var name = $"u{Guid.NewGuid():N}@example.kz";
        var user = new RegistryUser { UserName = name, Email = name };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    [Fact]
    public async Task TheWaitDoublesAndTheSixthCodeInAnHourIsRefused()
    {
        await using var test = await TestDatabase.CreateAsync();
        var codes = test.Get<OneTimeCodeService>();
        var userId = await UserAsync(test);
        Assert.True((await codes.IssueAsync(userId, CodePurpose.ConfirmAccount)).Succeeded);
        foreach (var wait in new[] { 60, 120, 240, 480 })
        {
            test.Time.Advance(TimeSpan.FromSeconds(wait - 1));
            Assert.Equal(ErrorCode.CodeResendTooEarly, (await codes.IssueAsync(userId, CodePurpose.ConfirmAccount)).Errors.Single().Code);
            test.Time.Advance(TimeSpan.FromSeconds(1));
            Assert.True((await codes.IssueAsync(userId, CodePurpose.ConfirmAccount)).Succeeded);
        }
        test.Time.Advance(TimeSpan.FromSeconds(960));
        Assert.Equal(ErrorCode.CodeLimitReached, (await codes.IssueAsync(userId, CodePurpose.ConfirmAccount)).Errors.Single().Code);
    }

    [Fact]
    public async Task OneClientAddressGetsAtMostTwentyCodesAnHour()
    {
        await using var test = await TestDatabase.CreateAsync();
        var codes = test.Get<OneTimeCodeService>();
        for (var i = 0; i < 20; i++)
            Assert.True((await codes.IssueAsync(await UserAsync(test), CodePurpose.ConfirmAccount, "203.0.113.7")).Succeeded);
        Assert.Equal(ErrorCode.CodeLimitReached,
            (await codes.IssueAsync(await UserAsync(test), CodePurpose.ConfirmAccount, "203.0.113.7")).Errors.Single().Code);
        Assert.True((await codes.IssueAsync(await UserAsync(test), CodePurpose.ConfirmAccount, "198.51.100.9")).Succeeded);
    }
}
