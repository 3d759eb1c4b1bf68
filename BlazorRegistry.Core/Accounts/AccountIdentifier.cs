using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.Core.Accounts;

public enum ContactChannel
{
    Email = 1,
    Sms = 2,
}

/// <summary>
/// What a person signs up and signs in with: a Kazakhstan mobile number or an e-mail address (Order 21,
/// cl. 8). Normalised, so "8 701 234 56 78" and "+77012345678" are the same account; the normalised value
/// is the account's user name.
/// </summary>
public sealed record AccountIdentifier(ContactChannel Channel, string Value)
{
    public static (AccountIdentifier? Identifier, ErrorCode? Error) Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
            return (null, ErrorCode.Required);
        if (input.Contains('@'))
        {
            var (email, error) = EmailAddress.TryCreate(input);
            // One account per address: the user name is the address lower-cased.
            return email is null ? (null, error) : (new AccountIdentifier(ContactChannel.Email, email.Value.ToLowerInvariant()), null);
        }
        var (phone, phoneError) = MobilePhone.TryCreate(input);
        return phone is null
            ? (null, phoneError == ErrorCode.PhoneNotKazakhstanMobile ? phoneError : ErrorCode.IdentifierInvalid)
            : (new AccountIdentifier(ContactChannel.Sms, phone.E164), null);
    }

    /// <summary>"n***@mail.kz" or "+7 701 *** ** 78": enough for the owner to recognise, little for anyone else.</summary>
    public string Masked => Channel == ContactChannel.Email
        ? Value[..1] + "***" + Value[Value.IndexOf('@')..]
        : $"{Value[..2]} {Value[2..5]} *** ** {Value[^2..]}";
}
