using PhoneNumbers;

namespace BlazorRegistry.Core.Rules;

/// <summary>A Kazakhstan mobile number, stored in E.164 (+77XXXXXXXXX).</summary>
public sealed record MobilePhone
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public string E164 { get; }
    private MobilePhone(string e164) => E164 = e164;

    /// <summary>Accepts +7 7XX…, 8 7XX…, 7 7XX… and 7XX… with spaces, dashes and brackets.</summary>
    public static (MobilePhone? Phone, ErrorCode? Error) TryCreate(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
            return (null, ErrorCode.Required);
        var digits = new string(input.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
        if (digits.Length == 0 || input.Any(char.IsLetter))
            return (null, ErrorCode.PhoneInvalid);
        // People in Kazakhstan dial the trunk prefix 8 instead of +7: libphonenumber does not know that.
        if (digits.Length == 11 && digits[0] == '8')
            digits = "+7" + digits[1..];
        else if (digits.Length == 11 && digits[0] == '7')
            digits = "+" + digits;
        else if (digits.Length == 10 && digits[0] == '7')
            digits = "+7" + digits;

        PhoneNumber parsed;
        try
        {
            parsed = Util.Parse(digits, "KZ");
        }
        catch (NumberParseException)
        {
            return (null, ErrorCode.PhoneInvalid);
        }
        if (!Util.IsValidNumber(parsed))
            return (null, ErrorCode.PhoneInvalid);
        if (Util.GetRegionCodeForNumber(parsed) != "KZ" || Util.GetNumberType(parsed) != PhoneNumberType.MOBILE)
            return (null, ErrorCode.PhoneNotKazakhstanMobile);
        return (new MobilePhone(Util.Format(parsed, PhoneNumberFormat.E164)), null);
    }

    public override string ToString() => E164;

    /// <summary>
    /// "+7 701 555 00 01", as people write and read a Kazakhstan number; anything that is not a stored
    /// +7 number (an old value, a user name that is an e-mail) comes back as it is.
    /// </summary>
    public static string? Readable(string? value) =>
        value is { Length: 12 } v && v.StartsWith("+7", StringComparison.Ordinal) && v.Skip(1).All(char.IsAsciiDigit)
            ? $"{v[..2]} {v[2..5]} {v[5..8]} {v[8..10]} {v[10..]}"
            : value;
}
