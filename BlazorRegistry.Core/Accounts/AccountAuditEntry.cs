namespace BlazorRegistry.Core.Accounts;

public enum AccountAuditAction
{
    Disabled = 1,
    Enabled = 2,
    SecondFactorReset = 3,
}

/// <summary>An administrator's action on someone's account. Nothing in the app edits or deletes these rows.</summary>
public sealed class AccountAuditEntry
{
    public long Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string ActorId { get; private set; } = "";
    public AccountAuditAction Action { get; private set; }
    public DateTime AtUtc { get; private set; }

    private AccountAuditEntry() { }

    public AccountAuditEntry(string userId, string actorId, AccountAuditAction action, DateTime atUtc)
    {
        UserId = userId;
        ActorId = actorId;
        Action = action;
        AtUtc = atUtc;
    }
}
