using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.Tests.Core.Rules;

public class IdentificationNumberCheckDigit
{
    [Theory]
    [InlineData("900101300017")]
    [InlineData("850515400002")]
    [InlineData("061211600012")]
    [InlineData("900101300811")] // valid only through the second pass of weights
    [InlineData("070540000129")]
    public void AcceptsValidNumbers(string number) => Assert.Null(IdentificationNumber.CheckDigits(number));

    [Theory]
    [InlineData("900101300019")]
    [InlineData("900101300810")]
    [InlineData("070540000128")]
    public void RejectsWrongCheckDigit(string number) => Assert.Equal(ErrorCode.BinCheckDigit, IdentificationNumber.CheckDigits(number));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("90010130001")]
    [InlineData("9001013000171")]
    [InlineData("90010130001A")]
    public void RejectsAnythingButTwelveDigits(string? number) =>
        Assert.Equal(ErrorCode.BinNotTwelveDigits, IdentificationNumber.CheckDigits(number));

    [Fact]
    public void RejectsNumberWhoseSecondPassIsAlsoTen()
    {
        // Find, by the rule itself, eleven digits whose both weighted sums are 10 mod 11: no d12 makes them valid.
        var prefix = Enumerable.Range(0, 100000).Select(i => $"000000{i:D5}")
            .First(p => Sum(p, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) == 10 && Sum(p, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) == 10);
        for (var d = 0; d <= 9; d++)
            Assert.Equal(ErrorCode.BinCheckDigit, IdentificationNumber.CheckDigits(prefix + d));

        static int Sum(string p, int[] w) => p.Select((c, i) => (c - '0') * w[i]).Sum() % 11;
    }
}

public class BinTryCreate
{
    [Theory]
    [InlineData("070540000129", "070540000129")] // resident legal entity (4)
    [InlineData("051150004567", "051150004567")] // non-resident legal entity (5)
    [InlineData("120360007893", "120360007893")] // joint individual entrepreneurship (6)
    [InlineData(" 0705 4000 0129 ", "070540000129")]
    public void AcceptsOrganisationBins(string input, string stored)
    {
        var (bin, error) = Bin.TryCreate(input);
        Assert.Null(error);
        Assert.Equal(stored, bin!.Value);
    }

    [Fact]
    public void RejectsAPersonsIin()
    {
        // 900101300017 has a valid check digit, but its fifth digit (1) is no organisation type.
        Assert.Equal(ErrorCode.BinNotOrganisation, Bin.TryCreate("900101300017").Error);
        Assert.Equal(ErrorCode.BinNotOrganisation, Bin.TryCreate("070410000121").Error);
    }

    [Fact]
    public void RejectsABadCheckDigit() => Assert.Equal(ErrorCode.BinCheckDigit, Bin.TryCreate("070540000128").Error);
}
