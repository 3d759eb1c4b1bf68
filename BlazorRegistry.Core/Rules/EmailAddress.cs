using System.Net.Mail;

namespace BlazorRegistry.Core.Rules;

/// <summary>An e-mail address, trimmed and with its domain lower-cased.</summary>
public sealed record EmailAddress
{
    public const int MaxLength = 254;

    public string Value { get; }
    private EmailAddress(string value) => Value = value;

    public static (EmailAddress? Email, ErrorCode? Error) TryCreate(string? input)
    {
        var text = (input ?? "").Trim();
        if (text.Length == 0)
            return (null, ErrorCode.Required);
        if (text.Length > MaxLength)
            return (null, ErrorCode.TooLong);
        var at = text.LastIndexOf('@');
        // MailAddress accepts display names and quoted oddities; an address in a register must be plain.
        if (at <= 0 || at == text.Length - 1 || text.Any(char.IsWhiteSpace) || text.Count(c => c == '@') != 1
            || !text[(at + 1)..].Contains('.') || text.EndsWith('.')
            || !MailAddress.TryCreate(text, out var parsed) || parsed.Address != text)
            return (null, ErrorCode.EmailInvalid);
        return (new EmailAddress(text[..at] + "@" + text[(at + 1)..].ToLowerInvariant()), null);
    }

    public override string ToString() => Value;
}
