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
