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

    public void MarkDispatched(DateTime nowUtc) => DispatchedAtUtc ??= nowUtc;

    public ApplicationEvent ToEvent() => new(ApplicationId, ReferenceNumber, Kind, Status, ActorId, AtUtc);
}
