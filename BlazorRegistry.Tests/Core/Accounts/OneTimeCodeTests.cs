using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.Tests.Core.Accounts;

public class OneTimeCodeCheck
{
    private static readonly DateTime Now = new(2026, 11, 27, 6, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void IssuesSixDigitsAndStoresOnlyASaltedHash()
    {
        var (code, digits) = OneTimeCode.Issue("u", CodePurpose.ConfirmAccount, Now);
        Assert.Matches("^[0-9]{6}$", digits);
        Assert.Equal(32, code.Hash.Length);
        Assert.Equal(16, code.Salt.Length);
        Assert.Equal(Now + TimeSpan.FromMinutes(5), code.ExpiresAtUtc);
        // Same digits, another salt: another hash, so equal codes cannot be spotted in the table.
        var (other, _) = OneTimeCode.Issue("u", CodePurpose.ConfirmAccount, Now);
        Assert.NotEqual(code.Hash, other.Hash);
    }

    [Fact]
    public void AcceptsTheRightDigitsOnceAndOnlyBeforeExpiry()
    {
        var (code, digits) = OneTimeCode.Issue("u", CodePurpose.ConfirmAccount, Now);
        Assert.Equal(CodeCheck.Accepted, code.Check($" {digits[..3]} {digits[3..]} ", Now.AddMinutes(4)));
        Assert.Equal(CodeCheck.AlreadyUsed, code.Check(digits, Now.AddMinutes(4)));

        var (late, lateDigits) = OneTimeCode.Issue("u", CodePurpose.ConfirmAccount, Now);
        Assert.Equal(CodeCheck.Expired, late.Check(lateDigits, Now.AddMinutes(5)));
    }

    [Fact]
    public void TheFifthWrongTrySpendsTheCode()
    {
        var (code, digits) = OneTimeCode.Issue("u", CodePurpose.ResetPassword, Now);
        var wrong = digits == "000000" ? "000001" : "000000";
        for (var i = 0; i < 4; i++)
            Assert.Equal(CodeCheck.Wrong, code.Check(wrong, Now));
        Assert.Equal(CodeCheck.TooManyAttempts, code.Check(wrong, Now));
        Assert.Equal(CodeCheck.TooManyAttempts, code.Check(digits, Now));
    }
}

public class AccountIdentifierParse
{
    [Theory]
    [InlineData("8 701 234 56 78", ContactChannel.Sms, "+77012345678")]
    [InlineData("+7 (701) 234-56-78", ContactChannel.Sms, "+77012345678")]
    [InlineData(" Nurlan@Mail.KZ ", ContactChannel.Email, "nurlan@mail.kz")]
    public void NormalisesPhoneAndEmail(string input, ContactChannel channel, string value)
    {
        var (identifier, error) = AccountIdentifier.Parse(input);
        Assert.Null(error);
        Assert.Equal(new AccountIdentifier(channel, value), identifier);
    }

    [Theory]
    [InlineData("", ErrorCode.Required)]
    [InlineData("nurlan", ErrorCode.IdentifierInvalid)]
    [InlineData("nurlan@", ErrorCode.EmailInvalid)]
    [InlineData("+7 727 250 12 34", ErrorCode.PhoneNotKazakhstanMobile)]
    public void ExplainsWhatIsWrong(string input, ErrorCode expected) => Assert.Equal(expected, AccountIdentifier.Parse(input).Error);

    [Fact]
    public void MasksWhatItShows()
    {
        Assert.Equal("n***@mail.kz", AccountIdentifier.Parse("nurlan@mail.kz").Identifier!.Masked);
        Assert.Equal("+7 701 *** ** 78", AccountIdentifier.Parse("+77012345678").Identifier!.Masked);
    }
}

public class CodeLockout
{
    private static readonly DateTime Now = new(2026, 11, 27, 6, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void FiveWrongCodesWithinTheWindowLockTheCodeFlowNotThePassword()
    {
        var limits = new CodeLimits();
        var user = new RegistryUser();
        var codeFlow = new CodeFlowLock(user.Id);
        for (var i = 0; i < 4; i++)
            Assert.False(codeFlow.RecordWrong(Now.AddMinutes(i * 5), limits));
        Assert.True(codeFlow.RecordWrong(Now.AddMinutes(20), limits));
        Assert.True(codeFlow.IsLocked(Now.AddMinutes(34)));
        Assert.False(codeFlow.IsLocked(Now.AddMinutes(36)));
        Assert.Null(user.LockoutEnd);
    }

    [Fact]
    public void WrongPasswordsLockOnlyAnAccountWithoutASecondFactor()
    {
        Assert.True(new RegistryUser().WrongPasswordsLock);
        Assert.False(new RegistryUser { TwoFactorEnabled = true }.WrongPasswordsLock);
    }

    [Fact]
    public void WrongCodesOutsideTheWindowStartAFreshCount()
    {
        var limits = new CodeLimits();
        var codeFlow = new CodeFlowLock("u");
        for (var i = 0; i < 4; i++)
            codeFlow.RecordWrong(Now, limits);
        Assert.False(codeFlow.RecordWrong(Now + limits.LockoutWindow, limits));
        Assert.False(codeFlow.IsLocked(Now + limits.LockoutWindow));
    }

    [Fact]
    public void TheResendWaitDoublesUpToItsCap()
    {
        var limits = new CodeLimits();
        Assert.Equal(TimeSpan.FromSeconds(60), limits.ResendWaitAfter(1));
        Assert.Equal(TimeSpan.FromSeconds(120), limits.ResendWaitAfter(2));
        Assert.Equal(TimeSpan.FromSeconds(240), limits.ResendWaitAfter(3));
        Assert.Equal(limits.MaxResendWait, limits.ResendWaitAfter(30));
    }
}
