using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.Tests.Core.Rules;

public class MobilePhoneTryCreate
{
    [Theory]
    [InlineData("+77012345678")]
    [InlineData("+7 701 234 56 78")]
    [InlineData("8 701 234 56 78")]
    [InlineData("8(701)234-56-78")]
    [InlineData("87012345678")]
    [InlineData("77012345678")]
    [InlineData("7012345678")]
    public void NormalisesKazakhstanMobilesToE164(string input)
    {
        var (phone, error) = MobilePhone.TryCreate(input);
        Assert.Null(error);
        Assert.Equal("+77012345678", phone!.E164);
    }

    [Theory]
    [InlineData("+77015550001", "+7 701 555 00 01")]
    [InlineData("nurlan@example.kz", "nurlan@example.kz")] // a user name that is an e-mail
    [InlineData("8 701 555", "8 701 555")]                 // not a stored number: shown as it is
    [InlineData(null, null)]
    public void PrintsANumberTheWayPeopleReadIt(string? stored, string? shown) => Assert.Equal(shown, MobilePhone.Readable(stored));

    [Theory]
    [InlineData("+77471234567")]
    [InlineData("+77711234567")]
    [InlineData("+77781234567")]
    [InlineData("+77051234567")]
    public void AcceptsOtherMobilePrefixes(string input) => Assert.Null(MobilePhone.TryCreate(input).Error);

    [Theory]
    [InlineData("+7 727 250 12 34")] // an Almaty landline
    [InlineData("+7 495 123 45 67")] // a Moscow number: +7 is shared with Russia
    [InlineData("+1 202 555 0143")]
    public void RejectsNumbersThatAreNotKazakhstanMobiles(string input) =>
        Assert.Equal(ErrorCode.PhoneNotKazakhstanMobile, MobilePhone.TryCreate(input).Error);

    [Theory]
    [InlineData("12345")]
    [InlineData("+7 701 234")]
    [InlineData("abc")]
    public void RejectsWhatIsNoPhoneNumber(string input) => Assert.Equal(ErrorCode.PhoneInvalid, MobilePhone.TryCreate(input).Error);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void RequiresANumber(string? input) => Assert.Equal(ErrorCode.Required, MobilePhone.TryCreate(input).Error);
}

public class EmailAddressTryCreate
{
    [Theory]
    [InlineData("nurlan@example.kz", "nurlan@example.kz")]
    [InlineData("  Nurlan.Seitkali@Mail.KZ ", "Nurlan.Seitkali@mail.kz")]
    [InlineData("a+tag@sub.example.com", "a+tag@sub.example.com")]
    public void AcceptsAndNormalises(string input, string stored)
    {
        var (email, error) = EmailAddress.TryCreate(input);
        Assert.Null(error);
        Assert.Equal(stored, email!.Value);
    }

    [Theory]
    [InlineData("nurlan")]
    [InlineData("nurlan@")]
    [InlineData("@example.kz")]
    [InlineData("nurlan@example")]
    [InlineData("nur lan@example.kz")]
    [InlineData("a@b@example.kz")]
    [InlineData("Nurlan <nurlan@example.kz>")]
    public void RejectsMalformedAddresses(string input) => Assert.Equal(ErrorCode.EmailInvalid, EmailAddress.TryCreate(input).Error);

    [Fact]
    public void RejectsOverlongAddress() =>
        Assert.Equal(ErrorCode.TooLong, EmailAddress.TryCreate(new string('a', 250) + "@x.kz").Error);
}
