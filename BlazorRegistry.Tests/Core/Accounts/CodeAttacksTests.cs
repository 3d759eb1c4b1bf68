using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Audit;
using BlazorRegistry.Core.Rules;
using BlazorRegistry.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Core.Accounts;

/// <summary>
/// Issue #12's code attacks that need no browser: guesses fired in parallel, answers that differ by the
/// code's state, an identifier spelt five ways, a sign-up squatting on a staff address.
/// </summary>
public class CodeAttacks
{
    private const string Password = "Strong-Pass-1";

    private static async Task<(AsyncServiceScope Scope, AccountService Accounts, RegistryUser User)> WaitingAccountAsync(TestDatabase test, string identifier)
    {
        await using (var roles = test.Services.CreateAsyncScope())
            await roles.ServiceProvider.GetRequiredService<AccountSeeder>().SeedAsync([]);
        var scope = test.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var start = await accounts.StartSignUpAsync(identifier, BlazorRegistry.Core.Language.Kazakh);
        return (scope, accounts, start.Value!.AwaitingCode!);
    }

    [Fact]
    public async Task ParallelWrongCodesGetNoMoreTriesThanTypedInTurn()
    {
        await using var test = await TestDatabase.CreateAsync();
        var codes = test.Get<OneTimeCodeService>();
        var (scope, _, user) = await WaitingAccountAsync(test, "+77015550101");
        await using var _ = scope;
        var digits = (await codes.IssueAsync(user.Id, CodePurpose.ConfirmAccount)).Value!.Digits;
        var wrong = digits == "000000" ? "111111" : "000000";

        // 30 guesses at once, each with its own copy of the account, as 30 requests would have.
        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => Task.Run(async () =>
        {
            await using var own = test.Services.CreateAsyncScope();
            var copy = await own.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>().FindByIdAsync(user.Id);
            return (await codes.VerifyAsync(copy!, CodePurpose.ConfirmAccount, wrong)).Errors.Single().Code;
        })));

        // Four "wrong", then the fifth locks: exactly as five typed one after another.
        Assert.Equal(4, answers.Count(a => a == ErrorCode.CodeInvalid));
        Assert.Equal(26, answers.Count(a => a == ErrorCode.CodeFlowLocked));
        Assert.Equal(ErrorCode.CodeFlowLocked, (await codes.VerifyAsync(user, CodePurpose.ConfirmAccount, digits)).Errors.Single().Code);
    }

    [Fact]
    public async Task AnotherUpdateOfTheAccountDoesNotWipeTheWrongCodesCounted()
    {
        await using var test = await TestDatabase.CreateAsync();
        var codes = test.Get<OneTimeCodeService>();
        var (scope, _, user) = await WaitingAccountAsync(test, "+77015550105");
        await using var _ = scope;
        var digits = (await codes.IssueAsync(user.Id, CodePurpose.ConfirmAccount)).Value!.Digits;
        var wrong = digits == "000000" ? "111111" : "000000";
        // A copy of the account loaded before the guesses, as a sign-in running meanwhile holds one.
        await using var signIn = test.Services.CreateAsyncScope();
        var users = signIn.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
        var earlier = (await users.FindByIdAsync(user.Id))!;

        for (var i = 0; i < 4; i++)
            Assert.Equal(ErrorCode.CodeInvalid, (await codes.VerifyAsync(user, CodePurpose.ConfirmAccount, wrong)).Errors.Single().Code);
        // Identity writes every column of its copy back: a failed password, a language change.
        Assert.True((await users.AccessFailedAsync(earlier)).Succeeded);

        Assert.Equal(ErrorCode.CodeFlowLocked, (await codes.VerifyAsync(user, CodePurpose.ConfirmAccount, wrong)).Errors.Single().Code);
    }

    [Fact]
    public async Task ParallelResendsIssueOneCode()
    {
        await using var test = await TestDatabase.CreateAsync();
        var codes = test.Get<OneTimeCodeService>();
        var (scope, _, user) = await WaitingAccountAsync(test, "+77015550102");
        await using var _ = scope;

        var issued = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => codes.IssueAsync(user.Id, CodePurpose.ConfirmAccount, "203.0.113.9"))));

        Assert.Single(issued, r => r.Succeeded);
        Assert.All(issued.Where(r => !r.Succeeded), r => Assert.Equal(ErrorCode.CodeResendTooEarly, r.Errors.Single().Code));
    }

    [Fact]
    public async Task AnExpiredOrUsedCodeAnswersAsAWrongOneAndCounts()
    {
        await using var test = await TestDatabase.CreateAsync();
        var codes = test.Get<OneTimeCodeService>();
        var (scope, accounts, user) = await WaitingAccountAsync(test, "+77015550103");
        await using var _ = scope;
        var digits = (await codes.IssueAsync(user.Id, CodePurpose.ConfirmAccount)).Value!.Digits;
        test.Time.Advance(OneTimeCode.Lifetime + TimeSpan.FromSeconds(1));

        // "Expired" would tell a stranger that this identifier has an account that asked for a code.
        var expired = await accounts.ConfirmAsync("+77015550103", digits, Password, Password);
        Assert.Equal(ErrorCode.CodeInvalid, expired.Errors.Single().Code);

        test.Time.Advance(TimeSpan.FromMinutes(1));
        var fresh = (await codes.IssueAsync(user.Id, CodePurpose.ConfirmAccount)).Value!.Digits;
        Assert.True((await accounts.ConfirmAsync("+77015550103", fresh, Password, Password)).Succeeded);
        // Confirmed now: the page answers as for nobody, used code or not.
        Assert.Equal(ErrorCode.CodeInvalid, (await accounts.ConfirmAsync("+77015550103", fresh, Password, Password)).Errors.Single().Code);

        // On the reset page, a used code is a wrong code, and five of them lock.
        await using var other = test.Services.CreateAsyncScope();
        var resetting = other.ServiceProvider.GetRequiredService<AccountService>();
        var account = await resetting.FindForPasswordResetAsync(AccountIdentifier.Parse("+77015550103").Identifier!);
        test.Time.Advance(TimeSpan.FromMinutes(30));
        var reset = (await codes.IssueAsync(account!.Id, CodePurpose.ResetPassword)).Value!.Digits;
        Assert.True((await resetting.ResetPasswordAsync(account, reset, "Other-Pass-2", "Other-Pass-2")).Succeeded);
        var answers = new List<ErrorCode>();
        for (var i = 0; i < 5; i++)
            answers.Add((await resetting.ResetPasswordAsync(account, reset, "Third-Pass-3", "Third-Pass-3")).Errors.Single().Code);
        Assert.Equal([ErrorCode.CodeInvalid, ErrorCode.CodeInvalid, ErrorCode.CodeInvalid, ErrorCode.CodeInvalid, ErrorCode.CodeFlowLocked], answers);
    }

    [Fact]
    public async Task OnePhoneSpeltFiveWaysIsOneIdentifierForTheLock()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var scope = test.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        string[] spellings = ["+7 701 555 01 04", "87015550104", "8 (701) 555-01-04", "+77015550104", "7 701 5550104"];

        var answers = new List<ErrorCode>();
        foreach (var spelling in spellings)
            answers.Add((await accounts.ConfirmAsync(spelling, "000000", Password, Password)).Errors.Single().Code);

        // Nobody has this phone, and still it locks at the fifth wrong code, as a real account would.
        Assert.Equal(ErrorCode.CodeFlowLocked, answers[^1]);
        Assert.Equal(4, answers.Count(a => a == ErrorCode.CodeInvalid));
    }

    [Fact]
    public async Task WrongCodesOnBothPagesMakeOneLockWhetherOrNotTheIdentifierHasAnAccount()
    {
        await using var test = await TestDatabase.CreateAsync();
        var codes = test.Get<OneTimeCodeService>();
        var (scope, accounts, user) = await WaitingAccountAsync(test, "both-pages@example.kz");
        await using var _ = scope;
        var digits = (await codes.IssueAsync(user.Id, CodePurpose.ConfirmAccount)).Value!.Digits;
        Assert.True((await accounts.ConfirmAsync("both-pages@example.kz", digits, Password, Password)).Succeeded);

        // Four wrong codes on the reset page, the fifth on the confirm page (which does not serve a
        // confirmed account): the same lock, as for an address nobody has.
        async Task<ErrorCode> TryAsync(string page, string identifier) => page == "reset"
            ? (await accounts.ResetPasswordAsync(await accounts.FindForPasswordResetAsync(AccountIdentifier.Parse(identifier).Identifier!),
                "000000", Password, Password, identifier)).Errors.Single().Code
            : (await accounts.ConfirmAsync(identifier, "000000", Password, Password)).Errors.Single().Code;
        foreach (var identifier in new[] { "both-pages@example.kz", "nobody-both-pages@example.kz" })
        {
            var answers = new List<ErrorCode>();
            foreach (var page in new[] { "reset", "reset", "reset", "reset", "confirm", "reset", "confirm" })
                answers.Add(await TryAsync(page, identifier));
            Assert.Equal([ErrorCode.CodeInvalid, ErrorCode.CodeInvalid, ErrorCode.CodeInvalid, ErrorCode.CodeInvalid,
                ErrorCode.CodeFlowLocked, ErrorCode.CodeFlowLocked, ErrorCode.CodeFlowLocked], answers);
        }
    }

    [Fact]
    public async Task ASignUpNobodyConfirmedCannotBlockAStaffAccount()
    {
        await using var test = await TestDatabase.CreateAsync();
        var (scope, _, squat) = await WaitingAccountAsync(test, "new.officer@registry.kz");
        await using var _ = scope;

        await using var admin = test.Services.CreateAsyncScope();
        var created = await admin.ServiceProvider.GetRequiredService<AccountService>()
            .CreateStaffAsync("new.officer@registry.kz", Roles.Administrator, Password, AuditActor.System);

        Assert.True(created.Succeeded);
        Assert.NotEqual(squat.Id, created.Value!.Id);
        var users = admin.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
        Assert.Null(await users.FindByIdAsync(squat.Id));

        // A confirmed account is another matter: it is somebody's, and stays.
        var again = await admin.ServiceProvider.GetRequiredService<AccountService>()
            .CreateStaffAsync("new.officer@registry.kz", Roles.Observer, Password, AuditActor.System);
        Assert.Equal(ErrorCode.AccountExists, again.Errors.Single().Code);
    }

    [Fact]
    public async Task ConfirmingAndEveryPasswordResetRenewTheSecurityStamp()
    {
        await using var test = await TestDatabase.CreateAsync();
        var codes = test.Get<OneTimeCodeService>();
        var (scope, accounts, user) = await WaitingAccountAsync(test, "stamp@example.kz");
        await using var _ = scope;
        async Task<string> StampAsync()
        {
            await using var db = test.NewContext();
            return (await db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id)).SecurityStamp!;
        }

        var before = await StampAsync();
        var digits = (await codes.IssueAsync(user.Id, CodePurpose.ConfirmAccount)).Value!.Digits;
        Assert.True((await accounts.ConfirmAsync("stamp@example.kz", digits, Password, Password)).Succeeded);
        var confirmed = await StampAsync();
        Assert.NotEqual(before, confirmed);

        // Every session signed in with the old password ends at its next check (a minute at most).
        var reset = (await codes.IssueAsync(user.Id, CodePurpose.ResetPassword)).Value!.Digits;
        Assert.True((await accounts.ResetPasswordAsync(user, reset, "Other-Pass-2", "Other-Pass-2")).Succeeded);
        Assert.NotEqual(confirmed, await StampAsync());
    }

    [Fact]
    public void TheSmsOutboxOutsideDevelopmentMasksACodeButNotTheRest()
    {
        var text = "Тізілім: растау коды 482913. 5 минут жарамды. RS-2026-0000123";
        var masked = BlazorRegistry.Core.Notifications.SmsOutboxRetention.MaskCodes(text);
        Assert.DoesNotContain("482913", masked);
        Assert.Contains("••••••", masked);
        Assert.Contains("RS-2026-0000123", masked);
    }

    [Fact]
    public async Task AStrangersWrongCodesLockAsAnAccountsDoAndTheIdentifierIsNotKeptAfterwards()
    {
        await using var test = await TestDatabase.CreateAsync();
        var codes = test.Get<UnknownIdentifierCodeLock>();
        var limits = test.Get<CodeLimits>();
        var phone = UnknownIdentifierCodeLock.KeyOf("8 (701) 555-00-77");
        for (var i = 1; i < limits.MaxWrongCodes; i++)
            Assert.False(await codes.RecordWrongAsync(phone));
        Assert.True(await codes.RecordWrongAsync(UnknownIdentifierCodeLock.KeyOf("+7 701 555 00 77"))); // the fifth, spelt otherwise
        await using (var db = test.NewContext())
            Assert.DoesNotContain(await db.UnknownIdentifierCodeCounts.Select(c => c.KeyHash).ToListAsync(), h => h.Contains("701"));

        // Once the lock is over, the next try by anyone deletes the row: identifiers typed without an account are not kept.
        test.Time.Advance(limits.LockoutDuration);
        Assert.False(await codes.RecordWrongAsync(UnknownIdentifierCodeLock.KeyOf("someone@example.kz")));
        await using (var db = test.NewContext())
            Assert.Equal(1, await db.UnknownIdentifierCodeCounts.CountAsync());
        Assert.False(await codes.RecordWrongAsync(phone)); // a fresh count
    }
}
