using BlazorRegistry.Core.Applications;

namespace BlazorRegistry.Core.Events;

/// <summary>
/// A domain event someone must hear about, written in the same SaveChanges as the change itself
/// (transactional outbox). The id orders the events; <see cref="OutboxDispatcher"/> reads committed rows
/// in that order, creates the notices and tells the live boards, then stamps <see cref="DispatchedAtUtc"/>.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; private set; }
    public ApplicationEventKind Kind { get; private set; }
    public int ApplicationId { get; private set; }
    public string? ReferenceNumber { get; private set; }
    public ApplicationStatus Status { get; private set; }
    public string ActorId { get; private set; } = "";
    public DateTime AtUtc { get; private set; }
    public DateTime? DispatchedAtUtc { get; private set; }
    /// <summary>Failed dispatches of this row (a consumer threw); the row waits until <see cref="NextAttemptAtUtc"/>.</summary>
    public int Attempts { get; private set; }
    public DateTime? NextAttemptAtUtc { get; private set; }
    public string? LastError { get; private set; }
    /// <summary>
    /// Set after <see cref="MaxAttempts"/> failures: the row stops being tried (the rows after it go on) until
    /// an administrator retries it from /admin/deliveries; /health/ready is degraded meanwhile.
    /// </summary>
    public DateTime? SetAsideAtUtc { get; private set; }

    public const int MaxAttempts = 8;
    public const int MaxErrorLength = 1000;

    private OutboxMessage() { }

    /// <summary>The event for an application whose move has just been applied (its id must exist: call before SaveChanges of an existing row).</summary>
    public static OutboxMessage For(Application application, ApplicationEventKind kind, string actorId, DateTime nowUtc) => new()
    {
        Kind = kind,
        ApplicationId = application.Id,
        ReferenceNumber = application.ReferenceNumber,
        Status = application.Status,
        ActorId = actorId,
        AtUtc = nowUtc,
    };

    /// <summary>The event for a register entry's change; it carries the application the entry holds.</summary>
    public static OutboxMessage For(Register.RegisterEntry entry, ApplicationEventKind kind, string actorId, DateTime nowUtc) => new()
    {
        Kind = kind,
        ApplicationId = entry.ApplicationId,
        ReferenceNumber = entry.Number,
        Status = ApplicationStatus.Registered,
        ActorId = actorId,
        AtUtc = nowUtc,
    };

    /// <summary>An administrator's edit of the reference lists or the calendar: every instance drops its copy when it hears it.</summary>
    public static OutboxMessage CatalogueChanged(ApplicationEventKind kind, string actorId, DateTime nowUtc) =>
        kind.IsCatalogueChange() ? new() { Kind = kind, ActorId = actorId, AtUtc = nowUtc }
            : throw new ArgumentException($"{kind} is about one application.", nameof(kind));

    public void MarkDispatched(DateTime nowUtc) => DispatchedAtUtc ??= nowUtc;

    /// <summary>Records a failed dispatch; waits 2, 4, 8 … 128 s between tries, then sets the row aside.</summary>
    public void RecordFailure(string error, DateTime nowUtc)
    {
        Attempts++;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        // Eight failures in a row set it aside; after an administrator's retry, eight more.
        if (Attempts % MaxAttempts == 0)
            SetAsideAtUtc = nowUtc;
        else
            NextAttemptAtUtc = nowUtc + TimeSpan.FromSeconds(Math.Pow(2, Attempts % MaxAttempts));
    }

    /// <summary>An administrator's retry of a row set aside: tried again at the dispatcher's next pass.</summary>
    public bool Retry()
    {
        if (SetAsideAtUtc is null || DispatchedAtUtc is not null)
            return false;
        // Attempts stay: the row was published when it first failed, and a restart must not take it for
        // a row never tried (and announce every later event again).
        SetAsideAtUtc = null;
        NextAttemptAtUtc = null;
        return true;
    }

    public ApplicationEvent ToEvent() => new(ApplicationId, ReferenceNumber, Kind, Status, ActorId, AtUtc);
}
