namespace BlazorRegistry.Core.Rules;

/// <summary>The sex a person's IIN records (its seventh digit: odd for men, even for women).</summary>
public enum Sex
{
    Male = 1,
    Female = 2,
}

/// <summary>
/// A person's individual identification number (IIN, ЖСН): YYMMDD of birth, a century-and-sex digit
/// (1/2 the 1800s, 3/4 the 1900s, 5/6 the 2000s; odd for men), a four-digit serial and the check digit
/// shared with the BIN (REFERENCE.md, "IIN and BIN"). Every e-government service identifies a person by
/// it, so the register keeps one entry per IIN. It is personal data: never public.
/// </summary>
public sealed record Iin
{
    public string Value { get; }
    public DateOnly DateOfBirth { get; }
    public Sex Sex { get; }

    private Iin(string value, DateOnly dateOfBirth, Sex sex) => (Value, DateOfBirth, Sex) = (value, dateOfBirth, sex);

    /// <summary>Accepts twelve digits (spaces and dashes ignored) whose birth date and check digit hold.</summary>
    public static (Iin? Iin, ErrorCode? Error) TryCreate(string? input)
    {
        var digits = IdentificationNumber.Digits(input);
        if (!IdentificationNumber.IsTwelveDigits(digits))
            return (null, digits.Length == 0 ? ErrorCode.Required : ErrorCode.IinNotTwelveDigits);
        if (BirthDateOf(digits) is not { } born)
            return (null, ErrorCode.IinBirthDateInvalid);
        if (IdentificationNumber.CheckDigitOf(digits[..11]) != digits[11] - '0')
            return (null, ErrorCode.IinCheckDigit);
        return (new Iin(digits, born, (digits[6] - '0') % 2 == 1 ? Sex.Male : Sex.Female), null);
    }

    /// <summary>
    /// Null when <paramref name="input"/> is a valid IIN of a person born on <paramref name="dateOfBirth"/>
    /// (an unknown date of birth is the date field's problem, not this one's).
    /// </summary>
    public static ErrorCode? Check(string? input, DateOnly? dateOfBirth)
    {
        var (iin, error) = TryCreate(input);
        if (error is not null)
            return error;
        return dateOfBirth is { } dob && dob != iin!.DateOfBirth ? ErrorCode.IinDateOfBirthMismatch : null;
    }

    /// <summary>
    /// The IIN of a person born on <paramref name="dateOfBirth"/> with this serial, or null when no check
    /// digit can complete it (the rule's rare dead end: the next serial is then given). For demo data.
    /// </summary>
    public static string? Compose(DateOnly dateOfBirth, Sex sex, int serial)
    {
        var century = dateOfBirth.Year switch
        {
            < 1900 => 1,
            < 2000 => 3,
            _ => 5,
        } + (sex == Sex.Female ? 1 : 0);
        var first = $"{dateOfBirth.Year % 100:D2}{dateOfBirth.Month:D2}{dateOfBirth.Day:D2}{century}{serial % 10000:D4}";
        return IdentificationNumber.CheckDigitOf(first) is { } check ? first + check : null;
    }

    private static DateOnly? BirthDateOf(string digits)
    {
        var hundreds = digits[6] switch
        {
            '1' or '2' => 1800,
            '3' or '4' => 1900,
            '5' or '6' => 2000,
            _ => -1,
        };
        if (hundreds < 0)
            return null;
        var year = hundreds + int.Parse(digits[..2]);
        var month = int.Parse(digits[2..4]);
        var day = int.Parse(digits[4..6]);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    public override string ToString() => Value;
}
