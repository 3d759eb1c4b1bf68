using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Review;
using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.Core.Applications;

/// <summary>
/// A specialist's application for inclusion in the register (Order 21, cl. 6): the data of the register
/// form's ten columns and the life cycle of cl. 9. Every change goes through a method that guards the
/// status; every move appends a history entry; every change renews <see cref="Version"/>, the
/// concurrency token that makes a stale write fail instead of silently winning.
/// </summary>
public sealed class Application
{
    public const string ReferencePrefix = "RS";

    private readonly List<EducationRecord> _education = [];
    private readonly List<EmploymentRecord> _employment = [];
    private readonly List<QualificationRecord> _qualifications = [];
    private readonly List<ApplicationDocument> _documents = [];
    private readonly List<ApplicationHistoryEntry> _history = [];

    public int Id { get; private set; }
    /// <summary>
    /// The specialist's account. For an application an organisation files, a placeholder
    /// (<see cref="PendingSpecialistPrefix"/>) until the specialist confirms the data as theirs.
    /// </summary>
    public string ApplicantId { get; private set; } = "";
    /// <summary>The organisation that files the application for its specialist (Order 21, cl. 2); null when the specialist applies.</summary>
    public int? OrganisationId { get; private set; }
    /// <summary>When the specialist last confirmed the answers an organisation filed about them as theirs.</summary>
    public DateTime? SpecialistConfirmedAtUtc { get; private set; }
    /// <summary>A digest of the answers the specialist confirmed: any later change needs their confirmation again.</summary>
    public string? SpecialistConfirmedDigest { get; private set; }
    /// <summary>A first application for inclusion, or an amendment of the specialist's register entry.</summary>
    public ApplicationKind Kind { get; private set; }
    public ApplicationStatus Status { get; private set; }
    /// <summary>RS-{year of first submission}-{id}, given at the first submission and kept for life.</summary>
    public string? ReferenceNumber { get; private set; }

    public PersonalData Personal { get; private set; } = PersonalData.Empty;
    /// <summary>The folded full name, for the board's search (SQLite folds ASCII only).</summary>
    public string NameKey { get; private set; } = "";
    /// <summary>The IIN once it is valid (<see cref="PersonalData.Iin"/> keeps what was typed): the board's duplicate check.</summary>
    public string? Iin { get; private set; }
    /// <summary>The sex the IIN records; null until the IIN is valid.</summary>
    public Sex? Sex { get; private set; }
    public ContactData Contacts { get; private set; } = ContactData.Empty;
    public AddressData Address { get; private set; } = AddressData.Empty;
    public ProfessionData Profession { get; private set; } = ProfessionData.Empty;
    public IReadOnlyList<EducationRecord> Education => _education;
    public IReadOnlyList<EmploymentRecord> Employment => _employment;
    public IReadOnlyList<QualificationRecord> Qualifications => _qualifications;
    /// <summary>The applicant answered "no qualification category" (a valid answer).</summary>
    public bool HasNoCategory { get; private set; }
    public IReadOnlyList<ApplicationDocument> Documents => _documents;
    public PublicationConsent Consent { get; private set; } = PublicationConsent.None;
    /// <summary>Wizard step the applicant was last on, so another device resumes there.</summary>
    public int LastStep { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    /// <summary>Kept across resubmissions: the queue orders by it.</summary>
    public DateTime? FirstSubmittedAtUtc { get; private set; }
    public DateTime? LastSubmittedAtUtc { get; private set; }
    public int SubmissionCount { get; private set; }
    /// <summary>The fifth working day after the last receipt (Order 21, cl. 9).</summary>
    public DateOnly? DecisionDeadline { get; private set; }

    /// <summary>
    /// The board's "overdue" filter as a query: the application still awaits a decision and its deadline
    /// has passed (the same rule as <see cref="WorkingDayCalendar.IsOverdue"/>, written for the database).
    /// </summary>
    public static System.Linq.Expressions.Expression<Func<Application, bool>> OverdueOn(DateOnly today) =>
        a => (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.InReview) && a.DecisionDeadline < today;

    public string? HolderId { get; private set; }
    public DateTime? ClaimedAtUtc { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    // The Astana days of the first receipt, the latest receipt and the latest decision: columns the database computes
    // from the times above (never written by the app), indexed for the staff statistics' grouping by day.
    public DateOnly? ReceivedOn { get; private set; }
    public DateOnly? LastReceivedOn { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public string? DeciderId { get; private set; }
    /// <summary>The reasons of the last return (Rules cl. 9.2); empty otherwise.</summary>
    public IReadOnlyList<ReturnReason> ReturnReasons { get => _returnReasons ?? []; private set => _returnReasons = value.Count == 0 ? null : value; }
    private IReadOnlyList<ReturnReason>? _returnReasons;
    public RefusalReason? RefusalReason { get; private set; }
    public string? DecisionComment { get; private set; }

    /// <summary>The answers as last submitted, and as submitted the time before (JSON, see ApplicationSnapshot).</summary>
    public string? SubmittedSnapshot => _submittedSnapshot == ApplicationSnapshot.SameAsAnswers ? ApplicationSnapshot.Take(this) : _submittedSnapshot;
    public string? PreviousSnapshot { get; private set; }

    /// <summary>
    /// What the row keeps of <see cref="SubmittedSnapshot"/>: <see cref="ApplicationSnapshot.SameAsAnswers"/> from the
    /// submission on, and a copy only once the answers change after it (<see cref="EnsureEditable"/>, which every change
    /// of the answers passes first). Nearly every application awaits a decision or is decided, its answers those it
    /// submitted: the copies made the database half again as large (issue #21, point 5).
    /// </summary>
    private string? _submittedSnapshot;

    /// <summary>The sections the applicant changed between the last two submissions.</summary>
    public IReadOnlySet<ApplicationSection> ChangedSinceLastSubmission => ApplicationSnapshot.Changed(PreviousSnapshot, SubmittedSnapshot);

    public Guid Version { get; private set; }

    public IReadOnlyList<ApplicationHistoryEntry> History => _history;

    private Application() { }

    public const string PendingSpecialistPrefix = "specialist-pending:";

    public bool IsFiledByOrganisation => OrganisationId is not null;

    /// <summary>Filed by an organisation and its specialist has not yet confirmed it (or not since it last changed).</summary>
    public bool AwaitsSpecialistConfirmation =>
        IsFiledByOrganisation && (SpecialistConfirmedDigest is null || SpecialistConfirmedDigest != ApplicationSnapshot.Digest(this));

    /// <summary>
    /// A draft an organisation fills for one of its specialists. Nobody's account holds it yet: the specialist
    /// links it to theirs by confirming it (<see cref="ConfirmBySpecialist"/>).
    /// </summary>
    public static Application StartForSpecialist(int organisationId, DateTime nowUtc)
    {
        var application = StartDraft(PendingSpecialistPrefix + Guid.NewGuid().ToString("N"), nowUtc);
        application.OrganisationId = organisationId;
        return application;
    }

    public static Application StartDraft(string applicantId, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(applicantId);
        var application = new Application
        {
            ApplicantId = applicantId,
            Status = ApplicationStatus.Draft,
            CreatedAtUtc = nowUtc,
        };
        application.Touch(nowUtc);
        return application;
    }

    /// <summary>
    /// "Change my details": a draft holding a copy of the registered data (the entry's current phone and
    /// e-mail, which change without review), reviewed like a first application. Its changes are shown
    /// against the registered version from the first submission on.
    /// </summary>
    public static Application StartAmendment(Application registered, ContactData currentContacts, DateTime nowUtc)
    {
        if (registered.Status != ApplicationStatus.Registered)
            throw new DomainException(ErrorCode.IllegalStatusMove, $"Application {registered.Id} is not registered.");
        var amendment = StartDraft(registered.ApplicantId, nowUtc);
        amendment.Kind = ApplicationKind.Amendment;
        amendment.Personal = registered.Personal;
        amendment.NameKey = registered.NameKey;
        amendment.Iin = registered.Iin;
        amendment.Sex = registered.Sex;
        amendment.Contacts = currentContacts;
        amendment.Address = registered.Address;
        amendment.Profession = registered.Profession;
        amendment._education.AddRange(registered.Education);
        amendment._employment.AddRange(registered.Employment);
        amendment._qualifications.AddRange(registered.Qualifications);
        amendment.HasNoCategory = registered.HasNoCategory;
        amendment._documents.AddRange(registered.Documents);
        amendment.Consent = registered.Consent;
        amendment.PreviousSnapshot = registered.SubmittedSnapshot;
        return amendment;
    }

    // ---- The applicant's answers -------------------------------------------------------------

    public void UpdatePersonalData(PersonalData data, DateTime nowUtc)
    {
        EnsureEditable();
        var iin = Rules.Iin.TryCreate(data.Iin).Iin;
        Personal = new PersonalData(PersonName.Normalize(data.Surname), PersonName.Normalize(data.GivenName),
            PersonName.Normalize(data.Patronymic), data.DateOfBirth, iin?.Value ?? data.Iin?.Trim());
        NameKey = Personal.NameKey;
        Iin = iin?.Value;
        Sex = iin?.Sex;
        Touch(nowUtc);
    }

    public void UpdateContacts(ContactData contacts, AddressData address, DateTime nowUtc)
    {
        EnsureEditable();
        Contacts = contacts.Normalized();
        Address = address with { Locality = address.Locality?.Trim(), RegisteredAddress = address.RegisteredAddress?.Trim() };
        Touch(nowUtc);
    }

    public void UpdateProfession(ProfessionData profession, DateTime nowUtc)
    {
        EnsureEditable();
        Profession = profession;
        Touch(nowUtc);
    }

    public void ReplaceEducation(IEnumerable<EducationRecord> records, DateTime nowUtc)
    {
        EnsureEditable();
        Replace(_education, records);
        Touch(nowUtc);
    }

    public void ReplaceEmployment(IEnumerable<EmploymentRecord> records, DateTime nowUtc)
    {
        EnsureEditable();
        Replace(_employment, records.Select(r => r with { Bin = r.Bin?.Replace(" ", "") }));
        Touch(nowUtc);
    }

    /// <summary>The category history; <paramref name="noCategory"/> is the explicit "no category" answer.</summary>
    public void ReplaceQualifications(IEnumerable<QualificationRecord> records, bool noCategory, DateTime nowUtc)
    {
        EnsureEditable();
        Replace(_qualifications, records);
        HasNoCategory = noCategory && _qualifications.Count == 0;
        Touch(nowUtc);
    }

    public void ReplaceDocuments(IEnumerable<ApplicationDocument> documents, DateTime nowUtc)
    {
        EnsureEditable();
        Replace(_documents, documents);
        Touch(nowUtc);
    }

    /// <summary>
    /// The consent step. Publication is the specialist's own choice: on an application an organisation files,
    /// only the specialist decides it (when they confirm the data), never the organisation.
    /// </summary>
    public void DecideConsent(bool publish, bool showDateOfBirth, bool showContacts, bool showAddress,
        string textVersion, DateTime nowUtc, string? actorId = null)
    {
        EnsureEditable();
        ArgumentException.ThrowIfNullOrWhiteSpace(textVersion);
        if ((actorId ?? ApplicantId) != ApplicantId)
            throw new DomainException(ErrorCode.ConsentIsTheSpecialists, $"Only the specialist decides the consent of application {Id}.");
        // Without consent nothing is published, so the finer choices are meaningless: clear them.
        Consent = publish
            ? new PublicationConsent(true, showDateOfBirth, showContacts, showAddress, textVersion, nowUtc)
            : new PublicationConsent(false, false, false, false, textVersion, nowUtc);
        Touch(nowUtc);
    }

    /// <summary>
    /// The specialist confirms that the data an organisation filed about them is theirs and decides what may
    /// be published (Order 21: no application about a person without that person's consent). The application
    /// becomes theirs: <paramref name="specialistId"/> is their account, which sees it from now on.
    /// </summary>
    public void ConfirmBySpecialist(string specialistId, bool publish, bool showDateOfBirth, bool showContacts, bool showAddress,
        string textVersion, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(specialistId);
        if (!IsFiledByOrganisation)
            throw Illegal(nameof(ConfirmBySpecialist));
        EnsureEditable();
        if (!ApplicantId.StartsWith(PendingSpecialistPrefix, StringComparison.Ordinal) && ApplicantId != specialistId)
            throw new DomainException(ErrorCode.SpecialistMismatch, $"Application {Id} belongs to another specialist.");
        ApplicantId = specialistId;
        DecideConsent(publish, showDateOfBirth, showContacts, showAddress, textVersion, nowUtc);
        SpecialistConfirmedAtUtc = nowUtc;
        SpecialistConfirmedDigest = ApplicationSnapshot.Digest(this);
        Append(nowUtc, specialistId, HistoryAction.ConfirmedBySpecialist, Status);
    }

    /// <summary>
    /// The working-day calendar changed (an administrator's edit): an application awaiting a decision gets the
    /// deadline the new calendar gives its last receipt, and the history says so. True when it moved.
    /// </summary>
    public bool RecomputeDeadline(WorkingDayCalendar calendar, string administratorId, DateTime nowUtc)
    {
        if (!Status.AwaitsDecision() || LastSubmittedAtUtc is not { } received)
            return false;
        var deadline = calendar.DecisionDeadline(received);
        if (deadline == DecisionDeadline)
            return false;
        var comment = $"{DecisionDeadline:yyyy-MM-dd} → {deadline:yyyy-MM-dd}";
        DecisionDeadline = deadline;
        Append(nowUtc, administratorId, HistoryAction.DeadlineRecomputed, Status, comment);
        return true;
    }

    public void RememberStep(int step, DateTime nowUtc)
    {
        if (!Status.IsEditable() || step == LastStep)
            return;
        LastStep = step;
        Touch(nowUtc);
    }

    // ---- The life cycle (Order 21, cl. 9–10) --------------------------------------------------

    /// <summary>
    /// Sends the application to the administrator (first time, or again after a return). The caller has
    /// checked completeness. A resubmission keeps the first submission date for queue order and opens a
    /// new five-working-day term.
    /// </summary>
    public void Submit(DateTime nowUtc, WorkingDayCalendar calendar, string? submittedBy = null)
    {
        var actorId = submittedBy ?? ApplicantId;
        if (!Status.IsEditable())
            throw Illegal(nameof(Submit));
        // What an organisation files, the organisation submits, and only exactly as its specialist confirmed it
        // (the board shows it as the organisation's, so nothing in it may be unseen by either). A person's own
        // application only they submit.
        if (IsFiledByOrganisation && actorId == ApplicantId)
            throw new DomainException(ErrorCode.OrganisationSubmits, $"Application {Id} is submitted by its organisation.");
        if (actorId != ApplicantId && (!IsFiledByOrganisation || AwaitsSpecialistConfirmation))
            throw new DomainException(ErrorCode.SpecialistNotConfirmed, $"Application {Id} awaits its specialist's confirmation.");
        if (Id == 0)
            throw new InvalidOperationException("Save the draft before submitting it: the reference number uses its id.");
        var from = Status;
        FirstSubmittedAtUtc ??= nowUtc;
        ReferenceNumber ??= $"{ReferencePrefix}-{KazakhstanTime.DateOf(nowUtc).Year}-{Id:D6}";
        LastSubmittedAtUtc = nowUtc;
        SubmissionCount++;
        DecisionDeadline = calendar.DecisionDeadline(nowUtc);
        // An amendment's first submission keeps the registered version to compare with.
        PreviousSnapshot = SubmittedSnapshot ?? PreviousSnapshot;
        _submittedSnapshot = ApplicationSnapshot.SameAsAnswers;
        Status = ApplicationStatus.Submitted;
        HolderId = null;
        ClaimedAtUtc = null;
        Append(nowUtc, actorId, from == ApplicationStatus.Draft ? HistoryAction.Submitted : HistoryAction.Resubmitted, from);
    }

    /// <summary>
    /// An administrator takes the application into review. Taking one that another administrator holds
    /// needs <paramref name="takeOver"/>; the history says who took it from whom.
    /// </summary>
    public void Claim(string administratorId, DateTime nowUtc, bool takeOver = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(administratorId);
        if (Status == ApplicationStatus.InReview && HolderId == administratorId)
            return;
        if (Status == ApplicationStatus.InReview && !takeOver)
            throw new DomainException(ErrorCode.NotTheHolder, $"Application {Id} is held by {HolderId}.");
        if (Status is not (ApplicationStatus.Submitted or ApplicationStatus.InReview))
            throw Illegal(nameof(Claim));
        var from = Status;
        var action = Status == ApplicationStatus.InReview ? HistoryAction.TakenOver : HistoryAction.Claimed;
        var previous = HolderId;
        Status = ApplicationStatus.InReview;
        HolderId = administratorId;
        ClaimedAtUtc = nowUtc;
        Append(nowUtc, administratorId, action, from, action == HistoryAction.TakenOver ? previous : null);
    }

    public void Release(string administratorId, DateTime nowUtc)
    {
        EnsureHeldBy(administratorId, nameof(Release));
        Status = ApplicationStatus.Submitted;
        HolderId = null;
        ClaimedAtUtc = null;
        Append(nowUtc, administratorId, HistoryAction.Released, ApplicationStatus.InReview);
    }

    /// <summary>Order 21, cl. 9.2: back to the applicant with one or more of R1–R4 and a comment.</summary>
    public void ReturnForRevision(string administratorId, IEnumerable<ReturnReason> reasons, string? comment, DateTime nowUtc)
    {
        EnsureHeldBy(administratorId, nameof(ReturnForRevision));
        var distinct = reasons.Distinct().Order().ToList();
        if (distinct.Count == 0 || distinct.Any(r => !Enum.IsDefined(r)))
            throw new DomainException(ErrorCode.ReturnReasonRequired, "A return names at least one of R1–R4.");
        var text = RequiredComment.Of(comment);
        Decide(administratorId, ApplicationStatus.Returned, nowUtc, text);
        ReturnReasons = distinct;
        Append(nowUtc, administratorId, HistoryAction.ReturnedForRevision, ApplicationStatus.InReview, text, returnReasons: distinct);
    }

    /// <summary>Order 21, cl. 9.3: refused for exactly one of F1–F4, with a comment.</summary>
    public void Refuse(string administratorId, RefusalReason reason, string? comment, DateTime nowUtc)
    {
        EnsureHeldBy(administratorId, nameof(Refuse));
        if (!Enum.IsDefined(reason))
            throw new DomainException(ErrorCode.RefusalReasonRequired, "A refusal names one of F1–F4.");
        var text = RequiredComment.Of(comment);
        Decide(administratorId, ApplicationStatus.Refused, nowUtc, text);
        RefusalReason = reason;
        Append(nowUtc, administratorId, HistoryAction.Refused, ApplicationStatus.InReview, text, refusalReason: reason);
    }

    /// <summary>Order 21, cl. 9.1: the specialist enters the register; the decision day is the inclusion date.</summary>
    public DateOnly Register(string administratorId, DateTime nowUtc, string? comment = null)
    {
        EnsureHeldBy(administratorId, nameof(Register));
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        Decide(administratorId, ApplicationStatus.Registered, nowUtc, text);
        Append(nowUtc, administratorId, HistoryAction.Registered, ApplicationStatus.InReview, text);
        return KazakhstanTime.DateOf(nowUtc);
    }

    // ---- Helpers ------------------------------------------------------------------------------

    private void Decide(string administratorId, ApplicationStatus to, DateTime nowUtc, string? comment)
    {
        Status = to;
        DecidedAtUtc = nowUtc;
        DeciderId = administratorId;
        DecisionComment = comment;
        ReturnReasons = [];
        RefusalReason = null;
        HolderId = null;
        ClaimedAtUtc = null;
    }

    private void EnsureEditable()
    {
        if (!Status.IsEditable())
            throw new DomainException(ErrorCode.ApplicationNotEditable, $"Application {Id} is {Status} and cannot be changed.");
        // The answers may change now: keep what was submitted before they do.
        if (_submittedSnapshot == ApplicationSnapshot.SameAsAnswers)
            _submittedSnapshot = ApplicationSnapshot.Take(this);
    }

    private void EnsureHeldBy(string administratorId, string move)
    {
        if (Status != ApplicationStatus.InReview)
            throw Illegal(move);
        if (HolderId != administratorId)
            throw new DomainException(ErrorCode.NotTheHolder, $"{move}: application {Id} is held by {HolderId}, not {administratorId}.");
    }

    private DomainException Illegal(string move) =>
        new(ErrorCode.IllegalStatusMove, $"{move} is not allowed when application {Id} is {Status}.");

    private void Append(DateTime nowUtc, string actorId, HistoryAction action, ApplicationStatus from, string? comment = null,
        IReadOnlyList<ReturnReason>? returnReasons = null, RefusalReason? refusalReason = null)
    {
        _history.Add(new ApplicationHistoryEntry(nowUtc, actorId, action, from, Status, comment, returnReasons ?? [], refusalReason));
        Touch(nowUtc);
    }

    private static void Replace<T>(List<T> list, IEnumerable<T> items)
    {
        var copy = items.ToList();
        list.Clear();
        list.AddRange(copy);
    }

    private void Touch(DateTime nowUtc)
    {
        UpdatedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }
}
