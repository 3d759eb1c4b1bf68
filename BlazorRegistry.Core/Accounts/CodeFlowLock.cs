namespace BlazorRegistry.Core.Accounts;

/// <summary>
/// Wrong one-time codes typed for one account since <see cref="FailuresSinceUtc"/>, across codes and
/// resends, and the lock they lead to. Kept apart from Identity's password lockout, so wrong codes never
/// lock the password sign-in; and in a table of its own, not on the user row, because Identity writes
/// every column of a user it loaded earlier (a failed sign-in, a language change) and would put back the
/// counts from before the tries made meanwhile.
/// </summary>
public sealed class CodeFlowLock
{
    public string UserId { get; private set; } = "";
    public int Failures { get; private set; }
    public DateTime? FailuresSinceUtc { get; private set; }
    /// <summary>Until then no code is accepted for this account (the code flow is locked, the password is not).</summary>
    public DateTime? LockedUntilUtc { get; private set; }

    private CodeFlowLock() { }

    public CodeFlowLock(string userId) => UserId = userId;

    public bool IsLocked(DateTime nowUtc) => LockedUntilUtc is { } until && until > nowUtc;

    /// <summary>Counts a wrong code; the last allowed one within the window locks the code flow. True when it just locked.</summary>
    public bool RecordWrong(DateTime nowUtc, CodeLimits limits)
    {
        if (FailuresSinceUtc is not { } since || nowUtc - since >= limits.LockoutWindow)
        {
            Failures = 0;
            FailuresSinceUtc = nowUtc;
        }
        Failures++;
        if (Failures < limits.MaxWrongCodes)
            return false;
        LockedUntilUtc = nowUtc + limits.LockoutDuration;
        Failures = 0;
        FailuresSinceUtc = null;
        return true;
    }

    public void Clear()
    {
        Failures = 0;
        FailuresSinceUtc = null;
    }
}
