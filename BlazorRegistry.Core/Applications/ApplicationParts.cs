using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.Core.Applications;

// The parts of an application, one record per wizard section. A draft keeps whatever was typed (even
// invalid values, so autosave never loses input); the completeness rules say what still stands in the
// way of submission.

/// <summary>
/// Register column 1 and 2: name and date of birth; and the IIN, which identifies the person (one entry
/// per IIN) but is not a register column and is never published.
/// </summary>
public sealed record PersonalData(string? Surname, string? GivenName, string? Patronymic, DateOnly? DateOfBirth, string? Iin)
{
    public const int IinMaxLength = 20;
    public static readonly PersonalData Empty = new(null, null, null, null, null);

    public string FullName => PersonName.Full(Surname, GivenName, Patronymic);
    public string NameKey => PersonName.Fold(FullName);
}

/// <summary>Register column 3: mobile phone (E.164 once valid) and e-mail.</summary>
public sealed record ContactData(string? Mobile, string? Email)
{
    public static readonly ContactData Empty = new(null, null);

    /// <summary>Stores a valid phone in E.164 and a valid e-mail in its canonical form; keeps invalid input as typed.</summary>
    public ContactData Normalized() => new(
        MobilePhone.TryCreate(Mobile).Phone?.E164 ?? Mobile?.Trim(),
        EmailAddress.TryCreate(Email).Email?.Value ?? Email?.Trim());
}

/// <summary>Register column 4: region (reference list), locality and registered address.</summary>
public sealed record AddressData(int? RegionId, string? Locality, string? RegisteredAddress)
{
    public const int MaxLength = 300;
    public static readonly AddressData Empty = new(null, null, null);
}

/// <summary>Register columns 5 and 6: the profession and the declared experience in special social services.</summary>
public sealed record ProfessionData(int? ProfessionId, int? ExperienceYears, int? ExperienceMonths)
{
    public static readonly ProfessionData Empty = new(null, null, null);
}

/// <summary>Register column 7, one diploma.</summary>
public sealed record EducationRecord(
    int? LevelId,
    string? Institution,
    DateOnly? StartedOn,
    DateOnly? FinishedOn,
    string? DocumentSeries,
    string? DocumentNumber,
    DateOnly? DocumentIssuedOn,
    string? FileId = null);

/// <summary>Register column 8, one job. No end date means the person works there now.</summary>
public sealed record EmploymentRecord(
    string? Organisation,
    string? Bin,
    string? Position,
    string? StaffPosition,
    DateOnly? StartedOn,
    DateOnly? FinishedOn,
    bool InSpecialSocialServices,
    string? FileId = null)
{
    public bool IsCurrent => FinishedOn is null;
}

/// <summary>Register column 9, one category in the person's history.</summary>
public sealed record QualificationRecord(
    int? CategoryId,
    DateOnly? AssignedOn,
    string? Commission,
    string? CertificateNumber,
    string? FileId = null);

/// <summary>A supporting document: its kind, the stored file and, for kinds that expire, the expiry date.</summary>
public sealed record ApplicationDocument(int KindId, string? FileId, string? FileName, DateOnly? ExpiresOn)
{
    /// <summary>Past its expiry date on <paramref name="day"/> (return reason R3); a document without one never expires.</summary>
    public bool IsExpiredOn(DateOnly day) => ExpiresOn < day;
}

/// <summary>
/// Order 21, cl. 5: the register is public only with the specialist's consent. Publish = false keeps the
/// entry out of the public register; the Show* choices widen what a public entry shows. The version of
/// the consent text and the moment are kept as evidence (Law on personal data).
/// </summary>
public sealed record PublicationConsent(
    bool? Publish,
    bool ShowDateOfBirth,
    bool ShowContacts,
    bool ShowAddress,
    string? TextVersion,
    DateTime? DecidedAtUtc)
{
    public static readonly PublicationConsent None = new(null, false, false, false, null, null);

    public bool IsDecided => Publish is not null && TextVersion is not null && DecidedAtUtc is not null;
}
