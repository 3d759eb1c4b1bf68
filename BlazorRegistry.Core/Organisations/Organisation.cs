using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.Core.Organisations;

/// <summary>Where an organisation's own check stands: an administrator verifies it before it may submit anything.</summary>
public enum OrganisationStatus
{
    /// <summary>Being filled in by its people; it may prepare drafts.</summary>
    Draft = 0,
    AwaitingVerification = 1,
    Verified = 2,
    /// <summary>Sent back with a comment; fixed and sent again.</summary>
    Returned = 3,
    Refused = 4,
}

/// <summary>The legal forms met among licensed providers of special social services.</summary>
public enum LegalForm
{
    LimitedLiabilityPartnership = 1,
    JointStockCompany = 2,
    StateInstitution = 3,
    StateEnterprise = 4,
    PublicFoundation = 5,
    PublicAssociation = 6,
    Other = 9,
}

/// <summary>The licence for special social services that makes a legal person an applicant (Order 21, cl. 2).</summary>
public sealed record Licence(string? Number, DateOnly? IssuedOn, string? IssuedBy, string? FileId)
{
    public static readonly Licence Empty = new(null, null, null, null);
}

/// <summary>The person the administrator and the specialists deal with; phone and e-mail confirmed by one-time code at sign-up.</summary>
public sealed record ContactPerson(string? FullName, string? Mobile, string? Email)
{
    public static readonly ContactPerson Empty = new(null, null, null);
}

/// <summary>
/// A legal person that applies for its specialists (Order 21, cl. 2: "a natural or legal person … providing
/// special social services under a licence"). One per BIN. Its people fill in its details; an administrator
/// verifies it (or returns it with a comment, or refuses it) before it may submit an application.
/// </summary>
public sealed class Organisation
{
    public const int MaxNameLength = 300;

    public int Id { get; private set; }
    /// <summary>The organisation's BIN: unique, a legal entity's (type digit 4, 5 or 6), check digit valid.</summary>
    public string Bin { get; private set; } = "";
    public string? NameKk { get; private set; }
    public string? NameRu { get; private set; }
    public LegalForm? LegalForm { get; private set; }
    public int? RegionId { get; private set; }
    public Licence Licence { get; private set; } = Licence.Empty;
    public ContactPerson Contact { get; private set; } = ContactPerson.Empty;
    /// <summary>The contact phone as last proven by a one-time code; the contact counts as confirmed while it is unchanged.</summary>
    public string? ConfirmedMobile { get; private set; }
    /// <summary>The contact e-mail as last proven by a one-time code.</summary>
    public string? ConfirmedEmail { get; private set; }
    /// <summary>Where the latest contact codes went: a code proves only the address it was sent to.</summary>
    public string? MobileCodeSentTo { get; private set; }
    public string? EmailCodeSentTo { get; private set; }

    public OrganisationStatus Status { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? SubmittedAtUtc { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public string? DeciderId { get; private set; }
    /// <summary>The administrator's comment on a return or a refusal.</summary>
    public string? DecisionComment { get; private set; }
    public Guid Version { get; private set; }

    private Organisation() { }

    /// <summary>Starts an organisation with its BIN, which never changes afterwards (one organisation per BIN).</summary>
    public static Organisation Start(string bin, DateTime nowUtc)
    {
        var (valid, error) = Rules.Bin.TryCreate(bin);
        if (valid is null)
            throw new DomainException(error!.Value, $"'{bin}' is no organisation's BIN.");
        var organisation = new Organisation { Bin = valid.Value, Status = OrganisationStatus.Draft, CreatedAtUtc = nowUtc };
        organisation.Touch();
        return organisation;
    }

    public bool IsEditable => Status is OrganisationStatus.Draft or OrganisationStatus.Returned;

    /// <summary>Only a verified organisation may submit applications; before that it may prepare drafts.</summary>
    public bool MaySubmitApplications => Status == OrganisationStatus.Verified;

    public void UpdateDetails(string? nameKk, string? nameRu, LegalForm? legalForm, int? regionId, Licence licence, ContactPerson contact)
    {
        EnsureEditable();
        NameKk = nameKk?.Trim();
        NameRu = nameRu?.Trim();
        LegalForm = legalForm;
        RegionId = regionId;
        Licence = licence with { Number = licence.Number?.Trim(), IssuedBy = licence.IssuedBy?.Trim() };
        Contact = contact with
        {
            FullName = PersonName.Normalize(contact.FullName),
            Mobile = MobilePhone.TryCreate(contact.Mobile).Phone?.E164 ?? contact.Mobile?.Trim(),
            Email = EmailAddress.TryCreate(contact.Email).Email?.Value ?? contact.Email?.Trim(),
        };
        Touch();
    }

    /// <summary>What still stands in the way of sending the organisation for verification, on <paramref name="today"/>.</summary>
    public IReadOnlyList<RuleError> Problems(DateOnly today)
    {
        var errors = new List<RuleError>();
        RequireText(errors, NameKk, nameof(NameKk));
        RequireText(errors, NameRu, nameof(NameRu));
        if (LegalForm is null || !Enum.IsDefined(LegalForm.Value))
            errors.Add(new RuleError(ErrorCode.Required, nameof(LegalForm)));
        if (RegionId is null)
            errors.Add(new RuleError(ErrorCode.Required, nameof(RegionId)));
        RequireText(errors, Licence.Number, "Licence.Number", 50);
        RequireText(errors, Licence.IssuedBy, "Licence.IssuedBy");
        errors.AddRange(DateRules.CheckPastDate(Licence.IssuedOn, required: true, today, null, "Licence.IssuedOn"));
        if (string.IsNullOrEmpty(Licence.FileId))
            errors.Add(new RuleError(ErrorCode.DocumentMissing, "Licence.FileId"));
        if (PersonName.CheckPart(Contact.FullName, required: true) is { } nameError)
            errors.Add(new RuleError(nameError, "Contact.FullName"));
        // Both channels: the administrator and the specialists reach the organisation by either.
        errors.AddRange(ContactRules.Check(new ContactData(Contact.Mobile, Contact.Email)).Select(e => e with { Field = "Contact." + e.Field }));
        if (string.IsNullOrWhiteSpace(Contact.Email))
            errors.Add(new RuleError(ErrorCode.Required, "Contact.Email"));
        // The administrator and the specialists must really reach the organisation: each channel proven by a code.
        if (!string.IsNullOrWhiteSpace(Contact.Mobile) && errors.All(e => e.Field != "Contact.Mobile") && ConfirmedMobile != Contact.Mobile)
            errors.Add(new RuleError(ErrorCode.ContactNotConfirmed, "Contact.Mobile"));
        if (!string.IsNullOrWhiteSpace(Contact.Email) && errors.All(e => e.Field != "Contact.Email") && ConfirmedEmail != Contact.Email)
            errors.Add(new RuleError(ErrorCode.ContactNotConfirmed, "Contact.Email"));
        return errors;
    }

    /// <summary>A code to prove the contact's phone (or e-mail) goes to it as it is on file now.</summary>
    public string ContactCodeSent(bool email)
    {
        EnsureEditable();
        var address = (email ? Contact.Email : Contact.Mobile) ?? "";
        if (email)
            EmailCodeSentTo = address;
        else
            MobileCodeSentTo = address;
        Touch();
        return address;
    }

    /// <summary>
    /// The code was right: the address it was sent to is proven, and counts while it is still the one on file
    /// (a contact changed after the code went out is not proven by it).
    /// </summary>
    public void ConfirmContact(bool email)
    {
        EnsureEditable();
        var sentTo = email ? EmailCodeSentTo : MobileCodeSentTo;
        if (sentTo is null || sentTo != (email ? Contact.Email : Contact.Mobile))
            throw new DomainException(ErrorCode.ContactNotConfirmed, $"Organisation {Bin}'s contact changed after its code was sent.");
        if (email)
            ConfirmedEmail = sentTo;
        else
            ConfirmedMobile = sentTo;
        Touch();
    }

    /// <summary>Sends the organisation to the administrator; refused while anything is missing.</summary>
    public void SubmitForVerification(DateOnly today, DateTime nowUtc)
    {
        EnsureEditable();
        if (Problems(today).Count > 0)
            throw new DomainException(ErrorCode.OrganisationIncomplete, $"Organisation {Bin} is incomplete.");
        Status = OrganisationStatus.AwaitingVerification;
        SubmittedAtUtc = nowUtc;
        Touch();
    }

    public void Verify(string administratorId, DateTime nowUtc) => Decide(administratorId, OrganisationStatus.Verified, null, nowUtc);

    public void ReturnForChanges(string administratorId, string? comment, DateTime nowUtc) =>
        Decide(administratorId, OrganisationStatus.Returned, RequiredComment.Of(comment), nowUtc);

    public void Refuse(string administratorId, string? comment, DateTime nowUtc) =>
        Decide(administratorId, OrganisationStatus.Refused, RequiredComment.Of(comment), nowUtc);

    private void Decide(string administratorId, OrganisationStatus to, string? comment, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(administratorId);
        if (Status != OrganisationStatus.AwaitingVerification)
            throw new DomainException(ErrorCode.IllegalStatusMove, $"Organisation {Bin} is {Status}, not awaiting verification.");
        Status = to;
        DecidedAtUtc = nowUtc;
        DeciderId = administratorId;
        DecisionComment = comment;
        Touch();
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
            throw new DomainException(ErrorCode.OrganisationNotEditable, $"Organisation {Bin} is {Status}.");
    }

    private static void RequireText(List<RuleError> errors, string? value, string field, int maxLength = MaxNameLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            errors.Add(new RuleError(ErrorCode.Required, field));
        else if (value.Length > maxLength)
            errors.Add(new RuleError(ErrorCode.TooLong, field));
    }

    private void Touch() => Version = Guid.NewGuid();
}
