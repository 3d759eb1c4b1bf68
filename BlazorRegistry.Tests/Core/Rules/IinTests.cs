using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.Tests.Core.Rules;

public class IinTryCreate
{
    [Theory]
    [InlineData("900101300017", "1990-01-01", Sex.Male)]
    [InlineData("850515400002", "1985-05-15", Sex.Female)]
    [InlineData("061211600012", "2006-12-11", Sex.Female)]
    [InlineData("900101300811", "1990-01-01", Sex.Male)] // valid only through the second pass of weights
    [InlineData("900101 300017", "1990-01-01", Sex.Male)]
    public void ReadsTheDateOfBirthAndSexOfAValidIin(string input, string born, Sex sex)
    {
        var (iin, error) = Iin.TryCreate(input);
        Assert.Null(error);
        Assert.Equal((DateOnly.Parse(born), sex, input.Replace(" ", "")), (iin!.DateOfBirth, iin.Sex, iin.Value));
    }

    [Theory]
    [InlineData("", ErrorCode.Required)]
    [InlineData("  ", ErrorCode.Required)]
    [InlineData("90010130001", ErrorCode.IinNotTwelveDigits)]
    [InlineData("9001013000171", ErrorCode.IinNotTwelveDigits)]
    [InlineData("90010130001A", ErrorCode.IinNotTwelveDigits)]
    [InlineData("900101300019", ErrorCode.IinCheckDigit)]
    [InlineData("901301300017", ErrorCode.IinBirthDateInvalid)] // month 13
    [InlineData("900132300017", ErrorCode.IinBirthDateInvalid)] // 32 January
    [InlineData("900101700017", ErrorCode.IinBirthDateInvalid)] // century digit 7 means nothing
    [InlineData("900101000017", ErrorCode.IinBirthDateInvalid)] // nor does 0
    public void RefusesWhatIsNoIin(string input, ErrorCode expected) => Assert.Equal(expected, Iin.TryCreate(input).Error);

    [Fact]
    public void TheCenturyDigitDecidesWhetherTheTwentyNinthOfFebruaryExists()
    {
        // 29 February 2000 existed, 29 February 1900 did not: the same six digits, two centuries.
        Assert.Equal(new DateOnly(2000, 2, 29), Iin.TryCreate(Iin.Compose(new DateOnly(2000, 2, 29), Sex.Male, 1)).Iin!.DateOfBirth);
        var body = "000229" + "3" + "0001";
        for (var d = 0; d <= 9; d++)
            Assert.Equal(ErrorCode.IinBirthDateInvalid, Iin.TryCreate(body + d).Error);
    }

    [Fact]
    public void ChecksAgainstTheDateOfBirthTyped()
    {
        Assert.Null(Iin.Check("900101300017", new DateOnly(1990, 1, 1)));
        Assert.Null(Iin.Check("900101300017", null)); // no date yet: that is the date field's error
        Assert.Equal(ErrorCode.IinDateOfBirthMismatch, Iin.Check("900101300017", new DateOnly(1990, 1, 2)));
        // Same six digits, other century: 1 January 2090 is not 1 January 1990.
        var twentyFirst = Iin.Compose(new DateOnly(2090, 1, 1), Sex.Male, 1);
        Assert.Equal(ErrorCode.IinDateOfBirthMismatch, Iin.Check(twentyFirst, new DateOnly(1990, 1, 1)));
    }

    [Fact]
    public void ComposedNumbersReadBackAsTheyWereMade()
    {
        var made = 0;
        for (var serial = 0; serial < 400; serial++)
            foreach (var (born, sex) in new[] { (new DateOnly(1899, 12, 31), Sex.Female), (new DateOnly(1975, 7, 4), Sex.Male), (new DateOnly(2004, 2, 29), Sex.Female) })
            {
                if (Iin.Compose(born, sex, serial) is not { } value)
                    continue; // the rule's dead end: no check digit completes these eleven
                made++;
                var (iin, error) = Iin.TryCreate(value);
                Assert.Null(error);
                Assert.Equal((born, sex), (iin!.DateOfBirth, iin.Sex));
            }
        Assert.InRange(made, 1150, 1200);
    }
}
