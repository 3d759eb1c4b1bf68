namespace BlazorRegistry.Core.Rules;

/// <summary>
/// The 12-digit IIN and BIN of Kazakhstan share one check digit (REFERENCE.md, "IIN and BIN").
/// </summary>
public static class IdentificationNumber
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    public static bool IsTwelveDigits(string? number) => number is { Length: 12 } && number.All(char.IsAsciiDigit);

    /// <summary>Null when <paramref name="number"/> is twelve digits with a valid check digit (BIN error codes).</summary>
    public static ErrorCode? CheckDigits(string? number)
    {
        if (!IsTwelveDigits(number))
            return ErrorCode.BinNotTwelveDigits;
        return CheckDigitOf(number![..11]) == number[11] - '0' ? null : ErrorCode.BinCheckDigit;
    }

    /// <summary>The twelfth digit that checks these eleven, or null when none can (both passes give 10).</summary>
    public static int? CheckDigitOf(string firstEleven)
    {
        var c = WeightedSum(firstEleven, FirstWeights);
        if (c == 10)
            c = WeightedSum(firstEleven, SecondWeights);
        return c == 10 ? null : c;
    }

    /// <summary>Digits only: people copy numbers with spaces ("900101 300017").</summary>
    public static string Digits(string? input) => new((input ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    private static int WeightedSum(string number, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < 11; i++)
            sum += (number[i] - '0') * weights[i];
        return sum % 11;
    }
}

/// <summary>An employer's business identification number (BIN): check digit plus an organisation type.</summary>
public sealed record Bin
{
    public string Value { get; }
    private Bin(string value) => Value = value;

    /// <summary>
    /// Accepts a BIN of a resident (4) or non-resident (5) legal entity or a joint individual
    /// entrepreneurship (6); digit 5 says which. Spaces are ignored.
    /// </summary>
    public static (Bin? Bin, ErrorCode? Error) TryCreate(string? input)
    {
        var digits = IdentificationNumber.Digits(input);
        if (IdentificationNumber.CheckDigits(digits) is { } error)
            return (null, error);
        if (digits[4] is not ('4' or '5' or '6'))
            return (null, ErrorCode.BinNotOrganisation);
        return (new Bin(digits), null);
    }

    public override string ToString() => Value;
}
