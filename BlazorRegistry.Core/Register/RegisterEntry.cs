using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.Core.Register;

/// <summary>
/// One row of the register in the form of Order 21's appendix: a copy of the registered application's
/// data as it was on the day of the decision, plus the inclusion date (column 10) that never changes.
/// </summary>
public sealed class RegisterEntry
{
    private readonly List<EducationRecord> _education = [];
    private readonly List<EmploymentRecord> _employment = [];
    private readonly List<QualificationRecord> _qualifications = [];

    public int Id { get; private set; }
    /// <summary>The application's reference number, which is also the public entry's address.</summary>
    public string Number { get; private set; } = "";
    public int ApplicationId { get; private set; }
    public string ApplicantId { get; private set; } = "";
    /// <summary>Column 10. Set once.</summary>
    public DateOnly IncludedOn { get; private set; }

    public string Surname { get; private set; } = "";
    public string GivenName { get; private set; } = "";
    public string? Patronymic { get; private set; }
    public string NameKey { get; private set; } = "";
    public DateOnly DateOfBirth { get; private set; }
    public string? Mobile { get; private set; }
    public string? Email { get; private set; }
    public int RegionId { get; private set; }
    public string Locality { get; private set; } = "";
    public string LocalityKey { get; private set; } = "";
    public string RegisteredAddress { get; private set; } = "";
    public int ProfessionId { get; private set; }
    public int ExperienceYears { get; private set; }
    public int ExperienceMonths { get; private set; }
    public IReadOnlyList<EducationRecord> Education => _education;
    public IReadOnlyList<EmploymentRecord> Employment => _employment;
    public IReadOnlyList<QualificationRecord> Qualifications => _qualifications;
    /// <summary>The latest category assigned, for the register's category filter.</summary>
    public int? CurrentCategoryId { get; private set; }
    /// <summary>Folded organisation names and BINs of every job, for the organisation filter.</summary>
    public string EmployerKey { get; private set; } = "";
    public PublicationConsent Consent { get; private set; } = PublicationConsent.None;
    /// <summary>Order 21, cl. 5: only entries with consent appear in the public register.</summary>
    public bool IsPublic { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    private RegisterEntry() { }

    /// <summary>Creates the entry for a just-registered application.</summary>
    public static RegisterEntry Include(Application application, DateOnly includedOn, DateTime nowUtc)
    {
        if (application.Status != ApplicationStatus.Registered || application.ReferenceNumber is null)
            throw new DomainException(ErrorCode.IllegalStatusMove, $"Application {application.Id} is not registered.");
        var entry = new RegisterEntry
        {
            Number = application.ReferenceNumber,
            ApplicantId = application.ApplicantId,
            IncludedOn = includedOn,
        };
        entry.CopyFrom(application, nowUtc);
        return entry;
    }

    /// <summary>
    /// A later registration of the same specialist (updated data) refreshes the entry; the inclusion date
    /// and the number stay those of the first inclusion.
    /// </summary>
    public void Refresh(Application application, DateTime nowUtc)
    {
        if (application.Status != ApplicationStatus.Registered || application.ApplicantId != ApplicantId)
            throw new DomainException(ErrorCode.IllegalStatusMove, $"Application {application.Id} cannot refresh entry {Number}.");
        CopyFrom(application, nowUtc);
    }

    private void CopyFrom(Application a, DateTime nowUtc)
    {
        ApplicationId = a.Id;
        Surname = a.Personal.Surname ?? "";
        GivenName = a.Personal.GivenName ?? "";
        Patronymic = a.Personal.Patronymic;
        NameKey = a.NameKey;
        DateOfBirth = a.Personal.DateOfBirth ?? default;
        Mobile = a.Contacts.Mobile;
        Email = string.IsNullOrWhiteSpace(a.Contacts.Email) ? null : a.Contacts.Email;
        RegionId = a.Address.RegionId ?? 0;
        Locality = a.Address.Locality ?? "";
        LocalityKey = PersonName.Fold(Locality);
        RegisteredAddress = a.Address.RegisteredAddress ?? "";
        ProfessionId = a.Profession.ProfessionId ?? 0;
        ExperienceYears = a.Profession.ExperienceYears ?? 0;
        ExperienceMonths = a.Profession.ExperienceMonths ?? 0;
        _education.Clear();
        _education.AddRange(a.Education);
        _employment.Clear();
        _employment.AddRange(a.Employment);
        _qualifications.Clear();
        _qualifications.AddRange(a.Qualifications);
        CurrentCategoryId = a.Qualifications.Where(q => q.AssignedOn is not null).MaxBy(q => q.AssignedOn)?.CategoryId;
        EmployerKey = string.Join(" | ", a.Employment.Select(e => $"{PersonName.Fold(e.Organisation)} {e.Bin}"));
        Consent = a.Consent;
        IsPublic = a.Consent.Publish == true;
        UpdatedAtUtc = nowUtc;
    }

    public string FullName => PersonName.Full(Surname, GivenName, Patronymic);
}
