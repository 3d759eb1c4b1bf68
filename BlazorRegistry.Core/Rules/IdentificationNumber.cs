namespace BlazorRegistry.Core.Rules;

/// <summary>
/// The 12-digit IIN and BIN of Kazakhstan share one check digit (REFERENCE.md, "IIN and BIN").
/// </summary>
public static class IdentificationNumber
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    /// <summary>Null when <paramref name="number"/> is twelve digits with a valid check digit.</summary>
    public static ErrorCode? CheckDigits(string? number)
    {
        if (number is null || number.Length != 12 || !number.All(char.IsAsciiDigit))
            return ErrorCode.BinNotTwelveDigits;
        var c = WeightedSum(number, FirstWeights);
        if (c == 10)
            c = WeightedSum(number, SecondWeights);
        // A second 10 means no digit can check this number: it is invalid whatever d12 says.
        return c != 10 && c == number[11] - '0' ? null : ErrorCode.BinCheckDigit;
    }

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
        var digits = new string((input ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (IdentificationNumber.CheckDigits(digits) is { } error)
            return (null, error);
        if (digits[4] is not ('4' or '5' or '6'))
            return (null, ErrorCode.BinNotOrganisation);
        return (new Bin(digits), null);
    }

    public override string ToString() => Value;
}
