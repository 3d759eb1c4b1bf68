namespace BlazorRegistry.Core.Review;

public enum AuditAction
{
    /// <summary>A member of staff opened an application's personal data.</summary>
    OpenedPersonalData = 1,
}

/// <summary>
/// A record that staff looked at someone's personal data. Kept apart from the application's history so
/// that reading never changes the application (nor its concurrency token); nothing in the app edits or
/// deletes these rows.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; private set; }
    public int ApplicationId { get; private set; }
    public string ActorId { get; private set; } = "";
    public DateTime AtUtc { get; private set; }
    public AuditAction Action { get; private set; }

    private AuditEntry() { }

    public AuditEntry(int applicationId, string actorId, AuditAction action, DateTime atUtc)
    {
        ApplicationId = applicationId;
        ActorId = actorId;
        Action = action;
        AtUtc = atUtc;
    }
}
