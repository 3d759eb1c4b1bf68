namespace BlazorRegistry.Core.Audit;

/// <summary>What staff did that the law on personal data asks to be answerable for.</summary>
public enum AuditAction
{
    /// <summary>A member of staff opened an application's personal data (the review page).</summary>
    OpenedPersonalData = 1,
    /// <summary>Staff viewed the register with the columns the specialist did not publish.</summary>
    ViewedRegisterAsStaff = 2,
    /// <summary>Staff exported the register with the columns the specialist did not publish.</summary>
    ExportedRegisterAsStaff = 3,
    /// <summary>Staff opened an applicant's uploaded scan.</summary>
    DownloadedFile = 4,
    /// <summary>A member of staff signed in.</summary>
    SignedIn = 5,
    /// <summary>An account was created by an administrator (or from configuration on start).</summary>
    CreatedAccount = 6,
    DisabledAccount = 7,
    EnabledAccount = 8,
    ChangedRole = 9,
    /// <summary>An administrator reset someone's second factor (a lost phone); the next sign-in enrols again.</summary>
    ResetSecondFactor = 10,
    /// <summary>An administrator took an entry out of the register (the detail names the reason and date).</summary>
    ExcludedEntry = 11,
    /// <summary>A specialist changed the phone or e-mail of their entry, which applies without review.</summary>
    ChangedEntryContacts = 12,
    /// <summary>An administrator decided an organisation's verification (the detail: its BIN and the decision).</summary>
    DecidedOrganisation = 13,
    /// <summary>An administrator changed a day of the working-day calendar (the detail: the day, what it is now, the note).</summary>
    ChangedCalendar = 14,
    /// <summary>An administrator changed a reference list (the detail: list|id|change|names, see ReferenceDataService.Detail).</summary>
    ChangedReferenceData = 15,
}

/// <summary>Who did it, and from which client address (null where the request had none).</summary>
public sealed record AuditActor(string UserId, string? Address)
{
    /// <summary>The app itself, acting on its configuration (the first administrator).</summary>
    public static readonly AuditActor System = new("system", null);
}

/// <summary>
/// One audited act: who, when, what, on which application or account, from which address. Appended
/// only: nothing in the app changes or deletes these rows, and the database refuses to (triggers that
/// abort UPDATE and DELETE on the table). Kept apart from the application's history so that reading an
/// application never changes it (nor its concurrency token).
/// </summary>
public sealed class AuditEntry
{
    public const int MaxDetailLength = 500;

    public long Id { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string ActorId { get; private set; } = "";
    public AuditAction Action { get; private set; }
    public int? ApplicationId { get; private set; }
    /// <summary>The account acted on (created, disabled, enabled), when it is not the actor.</summary>
    public string? SubjectUserId { get; private set; }
    /// <summary>What exactly: a file id, an export's search, a role.</summary>
    public string? Detail { get; private set; }
    public string? Address { get; private set; }

    private AuditEntry() { }

    public AuditEntry(AuditActor actor, AuditAction action, DateTime atUtc, int? applicationId = null, string? subjectUserId = null, string? detail = null)
    {
        ActorId = actor.UserId;
        Address = actor.Address;
        Action = action;
        AtUtc = atUtc;
        ApplicationId = applicationId;
        SubjectUserId = subjectUserId;
        Detail = detail is { Length: > MaxDetailLength } ? detail[..MaxDetailLength] : detail;
    }
}
