using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.Tests.Support;

/// <summary>
/// Valid IINs, a new one on every call: the register holds one entry per IIN, so every test person needs
/// their own (two people with one IIN is a test of its own).
/// </summary>
public static class TestIins
{
    private static int serial;

    public static string Next(DateOnly dateOfBirth, Sex sex = Sex.Male)
    {
        while (true)
            if (Iin.Compose(dateOfBirth, sex, Interlocked.Increment(ref serial)) is { } iin)
                return iin;
    }
}

/// <summary>Valid BINs of legal entities (type digit 4), a new one on every call: one organisation per BIN.</summary>
public static class TestBins
{
    private static int serial = Random.Shared.Next(100_000);

    public static string Next()
    {
        while (true)
        {
            var first = $"0705{4}{Interlocked.Increment(ref serial) % 1_000_000:D6}";
            if (IdentificationNumber.CheckDigitOf(first) is { } digit)
                return first + digit;
        }
    }
}
