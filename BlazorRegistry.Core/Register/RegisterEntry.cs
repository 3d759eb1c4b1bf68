using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.Core.Register;

/// <summary>
/// One row of the register in the form of Order 21's appendix: a copy of the registered application's
/// data as it was on the day of the decision, plus the inclusion date (column 10) that never changes. The records
/// (education, employment, qualifications) are read from that application, which a decision leaves as it is, rather
/// than copied: they were a fifth of the database (issue #21, point 5).
/// </summary>
public sealed class RegisterEntry
{
    private readonly List<RegisterEntryVersion> _versions = [];

    public int Id { get; private set; }
    /// <summary>The application's reference number, which is also the public entry's address.</summary>
    public string Number { get; private set; } = "";
    /// <summary>The registered application whose data the entry holds: the last one registered for the specialist.</summary>
    public int ApplicationId { get; private set; }
    /// <summary>Loaded with every entry (the records are its).</summary>
    public Application Application { get; private set; } = null!;
    public string ApplicantId { get; private set; } = "";
    /// <summary>Column 10. Set once.</summary>
    public DateOnly IncludedOn { get; private set; }

    public string Surname { get; private set; } = "";
    public string GivenName { get; private set; } = "";
    public string? Patronymic { get; private set; }
    public string NameKey { get; private set; } = "";
    public DateOnly DateOfBirth { get; private set; }
    /// <summary>One entry per IIN (a unique index); never public. Null only on entries made before the IIN was asked.</summary>
    public string? Iin { get; private set; }
    public Sex? Sex { get; private set; }
    public string? Mobile { get; private set; }
    public string? Email { get; private set; }
    public int RegionId { get; private set; }
    public string Locality { get; private set; } = "";
    public string LocalityKey { get; private set; } = "";
    public string RegisteredAddress { get; private set; } = "";
    public int ProfessionId { get; private set; }
    public int ExperienceYears { get; private set; }
    public int ExperienceMonths { get; private set; }
    public IReadOnlyList<EducationRecord> Education => Application.Education;
    public IReadOnlyList<EmploymentRecord> Employment => Application.Employment;
    public IReadOnlyList<QualificationRecord> Qualifications => Application.Qualifications;
    /// <summary>The latest category assigned, for the register's category filter.</summary>
    public int? CurrentCategoryId { get; private set; }
    /// <summary>When the latest category was assigned: with the category's validity, when it lapses.</summary>
    public DateOnly? CurrentCategoryAssignedOn { get; private set; }
    /// <summary>Folded organisation names and BINs of every job, for the organisation filter.</summary>
    public string EmployerKey { get; private set; } = "";
    public PublicationConsent Consent { get; private set; } = PublicationConsent.None;
    /// <summary>Order 21, cl. 5: only entries with consent appear in the public register.</summary>
    public bool IsPublic { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    /// <summary>Renewed by every change: of two changes made at once (a consent change and an exclusion), one fails.</summary>
    public Guid Version { get; private set; }

    public EntryState State { get; private set; }
    /// <summary>When the specialist asked to leave the register (an administrator confirms it); null otherwise.</summary>
    public DateTime? ExclusionRequestedAtUtc { get; private set; }
    public ExclusionReason? ExclusionReason { get; private set; }
    public DateOnly? ExcludedOn { get; private set; }
    public string? ExclusionComment { get; private set; }

    /// <summary>
    /// The history, oldest first. Loaded only where it is shown (<c>Include</c>); new versions are appended
    /// without loading the old ones.
    /// </summary>
    public IReadOnlyList<RegisterEntryVersion> Versions => _versions;

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
            State = EntryState.Registered,
        };
        entry.CopyFrom(application, nowUtc);
        entry.Record(EntryChange.Included, application.DeciderId ?? "", nowUtc);
        return entry;
    }

    /// <summary>
    /// A later registration of the same specialist: an amendment (or, from before amendments existed, a
    /// whole new application) refreshes the entry; the inclusion date and the number stay those of the
    /// first inclusion. An excluded entry is not refreshed but included again (<see cref="Reinclude"/>).
    /// </summary>
    public void Refresh(Application application, IEnumerable<ApplicationSection> changed, DateTime nowUtc)
    {
        if (application.Status != ApplicationStatus.Registered || application.ApplicantId != ApplicantId)
            throw new DomainException(ErrorCode.IllegalStatusMove, $"Application {application.Id} cannot refresh entry {Number}.");
        if (State == EntryState.Excluded)
            throw new DomainException(ErrorCode.EntryExcluded, $"Entry {Number} is excluded.");
        // The specialist may have changed their consent on the entry after they decided it in the
        // amendment: the later decision wins, so a withdrawal is never undone by an older answer.
        var consent = Consent.DecidedAtUtc > application.Consent.DecidedAtUtc ? Consent : null;
        CopyFrom(application, nowUtc);
        if (consent is not null)
            SetConsent(consent);
        State = EntryState.Registered;
        Record(EntryChange.Amended, application.DeciderId ?? "", nowUtc, changed);
    }

    /// <summary>A new application after an exclusion was registered: a new term, number and inclusion date.</summary>
    public void Reinclude(Application application, DateOnly includedOn, DateTime nowUtc)
    {
        if (application.Status != ApplicationStatus.Registered || application.ApplicantId != ApplicantId || application.ReferenceNumber is null)
            throw new DomainException(ErrorCode.IllegalStatusMove, $"Application {application.Id} cannot be included as entry {Number}.");
        if (State != EntryState.Excluded)
            throw new DomainException(ErrorCode.IllegalStatusMove, $"Entry {Number} is in the register.");
        Number = application.ReferenceNumber;
        IncludedOn = includedOn;
        State = EntryState.Registered;
        ExclusionRequestedAtUtc = null;
        ExclusionReason = null;
        ExcludedOn = null;
        ExclusionComment = null;
        CopyFrom(application, nowUtc);
        Record(EntryChange.Reincluded, application.DeciderId ?? "", nowUtc);
    }

    /// <summary>An amendment of this entry was submitted: only one at a time, and never of an excluded entry.</summary>
    public void BeginAmendment()
    {
        EnsureNotExcluded();
        if (State == EntryState.AmendmentPending)
            throw new DomainException(ErrorCode.AmendmentAlreadyPending, $"Entry {Number} already has an amendment under review.");
        State = EntryState.AmendmentPending;
    }

    /// <summary>The pending amendment was refused: the entry stays as registered.</summary>
    public void EndAmendment()
    {
        if (State == EntryState.AmendmentPending)
            State = EntryState.Registered;
    }

    /// <summary>
    /// The specialist publishes, narrows, withdraws or grants again, at any time; it takes effect at once.
    /// The region and locality go with every published entry; the rest only as chosen.
    /// </summary>
    public void ChangeConsent(bool publish, bool showDateOfBirth, bool showContacts, bool showAddress, string textVersion, DateTime nowUtc)
    {
        EnsureNotExcluded();
        ArgumentException.ThrowIfNullOrWhiteSpace(textVersion);
        SetConsent(publish
            ? new PublicationConsent(true, showDateOfBirth, showContacts, showAddress, textVersion, nowUtc)
            : new PublicationConsent(false, false, false, false, textVersion, nowUtc));
        Touch(nowUtc);
        Record(EntryChange.ConsentChanged, ApplicantId, nowUtc);
    }

    /// <summary>The phone and e-mail, which apply without review (EntryService.ChangeContactsAsync says why).</summary>
    public void ChangeContacts(ContactData contacts, DateTime nowUtc)
    {
        EnsureNotExcluded();
        var c = contacts.Normalized();
        Mobile = c.Mobile;
        Email = string.IsNullOrWhiteSpace(c.Email) ? null : c.Email;
        Touch(nowUtc);
        Record(EntryChange.ContactsChanged, ApplicantId, nowUtc, [ApplicationSection.ContactsAndAddress]);
    }

    /// <summary>The specialist asks to leave the register; an administrator confirms it with <see cref="Exclude"/>.</summary>
    public void RequestExclusion(DateTime nowUtc)
    {
        EnsureNotExcluded();
        if (ExclusionRequestedAtUtc is not null)
            return;
        ExclusionRequestedAtUtc = nowUtc;
        Touch(nowUtc);
        Record(EntryChange.ExclusionRequested, ApplicantId, nowUtc);
    }

    /// <summary>An administrator takes the entry out of the register, for a reason, as of a date, with a comment.</summary>
    public void Exclude(ExclusionReason reason, DateOnly on, string? comment, string administratorId, DateOnly today, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(administratorId);
        EnsureNotExcluded();
        if (!Enum.IsDefined(reason))
            throw new DomainException(ErrorCode.ExclusionReasonRequired, "An exclusion names one of X1–X7.");
        if (on > today || on < IncludedOn)
            throw new DomainException(ErrorCode.ExclusionDateInvalid, $"Exclusion date {on} is outside {IncludedOn}..{today}.");
        var text = RequiredComment.Of(comment);
        State = EntryState.Excluded;
        IsPublic = false;
        ExclusionReason = reason;
        ExcludedOn = on;
        ExclusionComment = text;
        Touch(nowUtc);
        Record(EntryChange.Excluded, administratorId, nowUtc, comment: text);
    }

    private void EnsureNotExcluded()
    {
        if (State == EntryState.Excluded)
            throw new DomainException(ErrorCode.EntryExcluded, $"Entry {Number} is excluded.");
    }

    private void SetConsent(PublicationConsent consent)
    {
        Consent = consent;
        IsPublic = State != EntryState.Excluded && consent.Publish == true;
    }

    private void Touch(DateTime nowUtc)
    {
        UpdatedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }

    private void Record(EntryChange change, string actorId, DateTime nowUtc, IEnumerable<ApplicationSection>? sections = null, string? comment = null) =>
        _versions.Add(RegisterEntryVersion.Of(this, change, actorId, nowUtc, sections, comment));

    private void CopyFrom(Application a, DateTime nowUtc)
    {
        ApplicationId = a.Id;
        Application = a;
        Surname = a.Personal.Surname ?? "";
        GivenName = a.Personal.GivenName ?? "";
        Patronymic = a.Personal.Patronymic;
        NameKey = a.NameKey;
        DateOfBirth = a.Personal.DateOfBirth ?? default;
        Iin = a.Iin;
        Sex = a.Sex;
        Mobile = a.Contacts.Mobile;
        Email = string.IsNullOrWhiteSpace(a.Contacts.Email) ? null : a.Contacts.Email;
        RegionId = a.Address.RegionId ?? 0;
        Locality = a.Address.Locality ?? "";
        LocalityKey = PersonName.Fold(Locality);
        RegisteredAddress = a.Address.RegisteredAddress ?? "";
        ProfessionId = a.Profession.ProfessionId ?? 0;
        ExperienceYears = a.Profession.ExperienceYears ?? 0;
        ExperienceMonths = a.Profession.ExperienceMonths ?? 0;
        var current = a.Qualifications.Where(q => q.AssignedOn is not null).MaxBy(q => q.AssignedOn);
        CurrentCategoryId = current?.CategoryId;
        CurrentCategoryAssignedOn = current?.AssignedOn;
        EmployerKey = string.Join(" | ", a.Employment.Select(e => $"{PersonName.Fold(e.Organisation)} {e.Bin}"));
        SetConsent(a.Consent);
        Touch(nowUtc);
    }

    public string FullName => PersonName.Full(Surname, GivenName, Patronymic);
}
