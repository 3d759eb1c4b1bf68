using BlazorRegistry.Core.Applications;

namespace BlazorRegistry.Core.Rules;

/// <summary>Register column 3: a Kazakhstan mobile is required; an e-mail is optional but must be valid.</summary>
public static class ContactRules
{
    public static IReadOnlyList<RuleError> Check(ContactData c)
    {
        var errors = new List<RuleError>();
        if (MobilePhone.TryCreate(c.Mobile).Error is { } phone)
            errors.Add(new RuleError(phone, nameof(c.Mobile)));
        // E-mail is optional when a mobile is given (an applicant may have signed up by phone).
        if (!string.IsNullOrWhiteSpace(c.Email) && EmailAddress.TryCreate(c.Email).Error is { } email)
            errors.Add(new RuleError(email, nameof(c.Email)));
        return errors;
    }
}
