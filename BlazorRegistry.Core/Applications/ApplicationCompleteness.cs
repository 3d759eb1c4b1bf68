using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Review;
using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.Core.Applications;

/// <summary>
/// What each section still lacks before the application can be submitted. The wizard shows it per step;
/// Submit refuses while anything is left. Field names are the record's property names, with an index
/// for records in a list ("Employment[1].Bin").
/// </summary>
public sealed class ApplicationCompleteness
{
    private readonly Dictionary<ApplicationSection, List<RuleError>> _errors;
    private readonly HashSet<ApplicationSection> _started;
    private readonly HashSet<ApplicationSection> _needsChanges;

    private ApplicationCompleteness(Dictionary<ApplicationSection, List<RuleError>> errors,
        HashSet<ApplicationSection> started, HashSet<ApplicationSection> needsChanges)
    {
        _errors = errors;
        _started = started;
        _needsChanges = needsChanges;
    }

    public IReadOnlyList<RuleError> ErrorsIn(ApplicationSection section) =>
        _errors.TryGetValue(section, out var list) ? list : [];

    public bool IsComplete => _errors.Values.All(e => e.Count == 0);

    public IEnumerable<(ApplicationSection Section, RuleError Error)> AllErrors =>
        _errors.OrderBy(e => e.Key).SelectMany(e => e.Value.Select(v => (e.Key, v)));

    public SectionState StateOf(ApplicationSection section)
    {
        if (_needsChanges.Contains(section))
            return SectionState.NeedsChanges;
        if (!_started.Contains(section))
            return SectionState.NotStarted;
        return ErrorsIn(section).Count == 0 ? SectionState.Complete : SectionState.InProgress;
    }

    /// <summary>Evaluates every rule of the form against the application as it stands on <paramref name="today"/>.</summary>
    public static ApplicationCompleteness Evaluate(Application app, ReferenceCatalog catalog, DateOnly today)
    {
        var errors = Enum.GetValues<ApplicationSection>().ToDictionary(s => s, _ => new List<RuleError>());
        var dob = app.Personal.DateOfBirth;

        CheckPersonal(app.Personal, today, errors[ApplicationSection.Personal]);
        CheckContacts(app, catalog, errors[ApplicationSection.ContactsAndAddress]);
        CheckProfession(app, catalog, today, errors[ApplicationSection.ProfessionAndExperience]);
        CheckEducation(app, catalog, today, dob, errors[ApplicationSection.Education]);
        CheckEmployment(app, today, dob, errors[ApplicationSection.Employment]);
        CheckQualifications(app, catalog, today, dob, errors[ApplicationSection.Qualification]);
        CheckDocuments(app, catalog, today, errors[ApplicationSection.Documents]);
        if (!app.Consent.IsDecided)
            errors[ApplicationSection.Consent].Add(new RuleError(ErrorCode.ConsentDecisionMissing, nameof(PublicationConsent.Publish)));

        // Sections the administrator flagged are marked "needs changes" until the applicant changes them; a
        // changed section shows its own state again (complete, or what is still missing), not a stale flag.
        var needsChanges = app.Status == ApplicationStatus.Returned
            ? app.ReturnReasons.Select(r => r.AffectedSection()).Except(ApplicationSnapshot.Changed(app.SubmittedSnapshot, ApplicationSnapshot.Take(app))).ToHashSet()
            : [];
        return new ApplicationCompleteness(errors, StartedSections(app), needsChanges);
    }

    private static HashSet<ApplicationSection> StartedSections(Application app)
    {
        var started = new HashSet<ApplicationSection>();
        if (app.Personal != PersonalData.Empty) started.Add(ApplicationSection.Personal);
        if (app.Contacts != ContactData.Empty || app.Address != AddressData.Empty) started.Add(ApplicationSection.ContactsAndAddress);
        if (app.Profession != ProfessionData.Empty) started.Add(ApplicationSection.ProfessionAndExperience);
        if (app.Education.Count > 0) started.Add(ApplicationSection.Education);
        if (app.Employment.Count > 0) started.Add(ApplicationSection.Employment);
        if (app.Qualifications.Count > 0 || app.HasNoCategory) started.Add(ApplicationSection.Qualification);
        if (app.Documents.Count > 0) started.Add(ApplicationSection.Documents);
        if (app.Consent.Publish is not null) started.Add(ApplicationSection.Consent);
        return started;
    }

    private static void CheckPersonal(PersonalData p, DateOnly today, List<RuleError> errors)
    {
        Add(errors, PersonName.CheckPart(p.Surname, required: true), nameof(p.Surname));
        Add(errors, PersonName.CheckPart(p.GivenName, required: true), nameof(p.GivenName));
        Add(errors, PersonName.CheckPart(p.Patronymic, required: false), nameof(p.Patronymic));
        var dobError = DateRules.CheckDateOfBirth(p.DateOfBirth, today);
        Add(errors, dobError, nameof(p.DateOfBirth));
        // Age is checked against the day of submission, which is "today" whenever the applicant can submit.
        if (dobError is null && p.DateOfBirth is { } dob)
            Add(errors, DateRules.CheckAdultOn(dob, today), nameof(p.DateOfBirth));
        Add(errors, Iin.Check(p.Iin, dobError is null ? p.DateOfBirth : null), nameof(p.Iin));
    }

    private static void CheckContacts(Application app, ReferenceCatalog catalog, List<RuleError> errors)
    {
        errors.AddRange(ContactRules.Check(app.Contacts));
        var a = app.Address;
        if (a.RegionId is null)
            errors.Add(new RuleError(ErrorCode.Required, nameof(a.RegionId)));
        else if (catalog.Regions.FirstOrDefault(r => r.Id == a.RegionId) is not { } region)
            errors.Add(new RuleError(ErrorCode.RegionUnknown, nameof(a.RegionId)));
        else if (!region.IsActive)
            errors.Add(new RuleError(ErrorCode.ReferenceRetired, nameof(a.RegionId)));
        RequireText(errors, a.Locality, AddressData.MaxLength, nameof(a.Locality));
        RequireText(errors, a.RegisteredAddress, AddressData.MaxLength, nameof(a.RegisteredAddress));
    }

    private static void CheckProfession(Application app, ReferenceCatalog catalog, DateOnly today, List<RuleError> errors)
    {
        var p = app.Profession;
        if (p.ProfessionId is null)
            errors.Add(new RuleError(ErrorCode.Required, nameof(p.ProfessionId)));
        else if (catalog.Profession(p.ProfessionId) is not { } profession)
            errors.Add(new RuleError(ErrorCode.ProfessionUnknown, nameof(p.ProfessionId)));
        else if (!profession.IsActive)
            errors.Add(new RuleError(ErrorCode.ReferenceRetired, nameof(p.ProfessionId)));
        var experienceError = Experience.Check(p.ExperienceYears, p.ExperienceMonths);
        Add(errors, experienceError, nameof(p.ExperienceYears));
        if (experienceError is null && !DeclaredExperienceWithinRecords(app, today))
            errors.Add(new RuleError(ErrorCode.ExperienceAboveRecords, nameof(p.ExperienceYears)));
    }

    /// <summary>Register column 6 as the applicant declared it.</summary>
    public static Experience DeclaredExperience(Application app) =>
        new(app.Profession.ExperienceYears ?? 0, app.Profession.ExperienceMonths ?? 0);

    /// <summary>The declared experience is no more than the employment records add up to.</summary>
    public static bool DeclaredExperienceWithinRecords(Application app, DateOnly today) =>
        DeclaredExperience(app).TotalMonths <= ComputedExperience(app, today).TotalMonths;

    /// <summary>
    /// Experience in special social services as the employment records add up (register column 6 is
    /// declared by the applicant and checked against this).
    /// </summary>
    public static Experience ComputedExperience(Application app, DateOnly today) =>
        Experience.FromPeriods(app.Employment
            .Where(e => e.InSpecialSocialServices && e.StartedOn is not null)
            .Select(e => (e.StartedOn!.Value, e.FinishedOn)), today);

    private static void CheckEducation(Application app, ReferenceCatalog catalog, DateOnly today, DateOnly? dob, List<RuleError> errors)
    {
        if (app.Education.Count == 0)
            errors.Add(new RuleError(ErrorCode.EducationMissing));
        for (var i = 0; i < app.Education.Count; i++)
        {
            var e = app.Education[i];
            var f = $"Education[{i}].";
            if (e.LevelId is null)
                errors.Add(new RuleError(ErrorCode.Required, f + nameof(e.LevelId)));
            else if (catalog.EducationLevels.FirstOrDefault(l => l.Id == e.LevelId) is not { } level)
                errors.Add(new RuleError(ErrorCode.EducationLevelUnknown, f + nameof(e.LevelId)));
            else if (!level.IsActive)
                errors.Add(new RuleError(ErrorCode.ReferenceRetired, f + nameof(e.LevelId)));
            RequireText(errors, e.Institution, ReferenceItem.MaxNameLength, f + nameof(e.Institution));
            errors.AddRange(DateRules.CheckPeriod(e.StartedOn, e.FinishedOn, endRequired: true, today, dob,
                f + nameof(e.StartedOn), f + nameof(e.FinishedOn)));
            RequireText(errors, e.DocumentNumber, 50, f + nameof(e.DocumentNumber));
            errors.AddRange(DateRules.CheckPastDate(e.DocumentIssuedOn, required: true, today, dob, f + nameof(e.DocumentIssuedOn)));
        }
    }

    private static void CheckEmployment(Application app, DateOnly today, DateOnly? dob, List<RuleError> errors)
    {
        if (app.Employment.Count == 0)
            errors.Add(new RuleError(ErrorCode.EmploymentMissing));
        for (var i = 0; i < app.Employment.Count; i++)
        {
            var e = app.Employment[i];
            var f = $"Employment[{i}].";
            RequireText(errors, e.Organisation, ReferenceItem.MaxNameLength, f + nameof(e.Organisation));
            Add(errors, Bin.TryCreate(e.Bin).Error, f + nameof(e.Bin));
            RequireText(errors, e.Position, ReferenceItem.MaxNameLength, f + nameof(e.Position));
            RequireText(errors, e.StaffPosition, ReferenceItem.MaxNameLength, f + nameof(e.StaffPosition));
            errors.AddRange(DateRules.CheckPeriod(e.StartedOn, e.FinishedOn, endRequired: false, today, dob,
                f + nameof(e.StartedOn), f + nameof(e.FinishedOn)));
        }
    }

    private static void CheckQualifications(Application app, ReferenceCatalog catalog, DateOnly today, DateOnly? dob, List<RuleError> errors)
    {
        if (app.Qualifications.Count == 0 && !app.HasNoCategory)
            errors.Add(new RuleError(ErrorCode.QualificationAnswerMissing));
        for (var i = 0; i < app.Qualifications.Count; i++)
        {
            var q = app.Qualifications[i];
            var f = $"Qualifications[{i}].";
            if (q.CategoryId is null)
                errors.Add(new RuleError(ErrorCode.Required, f + nameof(q.CategoryId)));
            else if (catalog.Category(q.CategoryId) is not { } category)
                errors.Add(new RuleError(ErrorCode.CategoryUnknown, f + nameof(q.CategoryId)));
            else if (!category.IsActive)
                errors.Add(new RuleError(ErrorCode.ReferenceRetired, f + nameof(q.CategoryId)));
            else if (app.Profession.ProfessionId is not null && !catalog.CategoryFitsProfession(q.CategoryId.Value, app.Profession.ProfessionId))
                errors.Add(new RuleError(ErrorCode.CategoryNotForProfession, f + nameof(q.CategoryId)));
            // A qualification date cannot be in the future.
            errors.AddRange(DateRules.CheckPastDate(q.AssignedOn, required: true, today, dob, f + nameof(q.AssignedOn)));
            RequireText(errors, q.Commission, ReferenceItem.MaxNameLength, f + nameof(q.Commission));
        }
    }

    private static void CheckDocuments(Application app, ReferenceCatalog catalog, DateOnly today, List<RuleError> errors)
    {
        foreach (var kind in RequiredDocuments(app, catalog).Where(k => !HasDocument(app, k)))
            errors.Add(new RuleError(ErrorCode.DocumentMissing, $"Documents.{kind.Code}"));
        for (var i = 0; i < app.Documents.Count; i++)
        {
            var d = app.Documents[i];
            var f = $"Documents[{i}].";
            if (catalog.DocumentKind(d.KindId) is not { } kind)
            {
                errors.Add(new RuleError(ErrorCode.DocumentKindUnknown, f + nameof(d.KindId)));
                continue;
            }
            if (d.FileId is null)
                errors.Add(new RuleError(ErrorCode.Required, f + nameof(d.FileId)));
            if (kind.Expires && d.ExpiresOn is null)
                errors.Add(new RuleError(ErrorCode.DocumentExpiryRequired, f + nameof(d.ExpiresOn)));
            // Documents must be valid on the day of submission (R3 otherwise).
            else if (d.IsExpiredOn(today))
                errors.Add(new RuleError(ErrorCode.DocumentExpired, f + nameof(d.ExpiresOn)));
        }
    }

    /// <summary>
    /// The documents this application must carry: what its profession requires, plus the category
    /// certificate when a category is claimed (return reason R3 is about exactly this package).
    /// </summary>
    public static IReadOnlyList<DocumentKind> RequiredDocuments(Application app, ReferenceCatalog catalog)
    {
        var required = catalog.RequiredDocumentsFor(app.Profession.ProfessionId).ToList();
        if (app.Qualifications.Any(q => catalog.Category(q.CategoryId) is { IsNone: false })
            && catalog.DocumentKinds.FirstOrDefault(k => k.Code == ReferenceDataSeed.DocumentCodes.Category) is { } certificate
            && !required.Contains(certificate))
            required.Add(certificate);
        return required;
    }

    /// <summary>
    /// The section whose records may carry a document of this kind instead of the documents step:
    /// diplomas on education records, employment proofs on jobs, category certificates on categories.
    /// </summary>
    public static ApplicationSection? RecordSectionFor(DocumentKind kind) => kind.Code switch
    {
        ReferenceDataSeed.DocumentCodes.Education => ApplicationSection.Education,
        ReferenceDataSeed.DocumentCodes.Employment => ApplicationSection.Employment,
        ReferenceDataSeed.DocumentCodes.Category => ApplicationSection.Qualification,
        _ => null,
    };

    /// <summary>Whether the record section of this kind has a scan attached to one of its records.</summary>
    public static bool AttachedToRecord(Application app, DocumentKind kind) => RecordSectionFor(kind) switch
    {
        ApplicationSection.Education => app.Education.Any(e => e.FileId is not null),
        ApplicationSection.Employment => app.Employment.Any(e => e.FileId is not null),
        ApplicationSection.Qualification => app.Qualifications.Any(q => q.FileId is not null),
        _ => false,
    };

    /// <summary>Whether a document of this kind is attached, in the documents step or on its record.</summary>
    public static bool HasDocument(Application app, DocumentKind kind) =>
        app.Documents.Any(d => d.KindId == kind.Id && d.FileId is not null) || AttachedToRecord(app, kind);

    private static void RequireText(List<RuleError> errors, string? text, int maxLength, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
            errors.Add(new RuleError(ErrorCode.Required, field));
        else if (text.Trim().Length > maxLength)
            errors.Add(new RuleError(ErrorCode.TooLong, field));
    }

    private static void Add(List<RuleError> errors, ErrorCode? code, string field)
    {
        if (code is { } c)
            errors.Add(new RuleError(c, field));
    }
}
