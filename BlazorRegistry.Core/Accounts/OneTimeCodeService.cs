using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Rules;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Accounts;

/// <summary>A code that was just issued: the digits to send, and when it expires.</summary>
public sealed record IssuedCode(string Digits, DateTime ExpiresAtUtc);

/// <summary>
/// Issues and checks one-time codes (confirming a new account, resetting a password) with their limits:
/// per account and per client address per hour and per day, a resend wait that grows, and a lock of the
/// code flow after too many wrong codes in total. The code flow never touches the password lockout.
/// </summary>
public sealed class OneTimeCodeService(IDbContextFactory<RegistryDbContext> factory, TimeProvider time, CodeLimits limits)
{
    /// <summary>A new code, unless a limit says no; the newer code replaces any live one.</summary>
    public async Task<Result<IssuedCode>> IssueAsync(string userId, CodePurpose purpose, string? clientAddress = null, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var hourAgo = now.AddHours(-1);
        var dayAgo = now.AddDays(-1);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Counted one after another, as in VerifyAsync: parallel requests cannot all pass the caps before
        // any of them has written its code.
        await LockAsync(db, userId, ct);
        var today = await db.OneTimeCodes.Where(c => c.UserId == userId && c.CreatedAtUtc > dayAgo).ToListAsync(ct);
        if (today.Count >= limits.PerIdentifierPerDay || today.Count(c => c.CreatedAtUtc > hourAgo) >= limits.PerIdentifierPerHour)
            return Result<IssuedCode>.Fail(ErrorCode.CodeLimitReached);
        var sameKind = today.Where(c => c.Purpose == purpose).ToList();
        if (sameKind.Count > 0 && sameKind.Max(c => c.CreatedAtUtc) + limits.ResendWaitAfter(sameKind.Count) > now)
            return Result<IssuedCode>.Fail(ErrorCode.CodeResendTooEarly);
        if (clientAddress is not null)
        {
            var fromAddress = await db.OneTimeCodes.Where(c => c.ClientAddress == clientAddress && c.CreatedAtUtc > dayAgo)
                .Select(c => c.CreatedAtUtc).ToListAsync(ct);
            if (fromAddress.Count >= limits.PerAddressPerDay || fromAddress.Count(t => t > hourAgo) >= limits.PerAddressPerHour)
                return Result<IssuedCode>.Fail(ErrorCode.CodeLimitReached);
        }
        foreach (var old in await db.OneTimeCodes.Where(c => c.UserId == userId && c.Purpose == purpose && c.UsedAtUtc == null && !c.IsRevoked).ToListAsync(ct))
            old.Revoke();
        var (code, digits) = OneTimeCode.Issue(userId, purpose, now, clientAddress);
        db.OneTimeCodes.Add(code);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Result<IssuedCode>.Ok(new IssuedCode(digits, code.ExpiresAtUtc));
    }

    /// <summary>
    /// Checks the digits against the latest code for the purpose. Every failure counts against the account,
    /// whichever code or resend it was typed for, and every failure answers the same "wrong code" (an expired
    /// or used code would otherwise tell a stranger that the account exists and asked for one); the last
    /// allowed one locks the code flow for a while. Tries for one account are counted one after another,
    /// so a burst of parallel guesses gets no more answers than the same guesses typed in turn.
    /// </summary>
    public Task<Result<bool>> VerifyAsync(RegistryUser user, CodePurpose purpose, string? typed, CancellationToken ct = default) =>
        VerifyAsync(user.Id, purpose, typed, ct);

    /// <inheritdoc cref="VerifyAsync(RegistryUser, CodePurpose, string?, CancellationToken)"/>
    public Task<Result<bool>> VerifyAsync(string userId, CodePurpose purpose, string? typed, CancellationToken ct = default) =>
        AttemptAsync(userId, async (db, now) =>
            (await db.OneTimeCodes.Where(c => c.UserId == userId && c.Purpose == purpose).OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct))
                ?.Check(typed, now) == CodeCheck.Accepted, ct);

    /// <summary>
    /// A code typed on the page that does not serve this account (confirm for a confirmed one, reset for one
    /// still waiting): no code is checked, but the try counts on the account all the same, so the lock reads
    /// the same on both pages and cannot tell which accounts exist. True when it is (now) locked.
    /// </summary>
    public async Task<bool> CountWrongAsync(string userId, CancellationToken ct = default) =>
        (await AttemptAsync(userId, (_, _) => Task.FromResult(false), ct)).Errors.Single().Code == ErrorCode.CodeFlowLocked;

    /// <summary>
    /// One try of the code flow, counted one after another with the account's other tries: refused while
    /// locked; otherwise <paramref name="check"/> decides, and a failure counts (the last allowed one locks).
    /// The code's own state and the counts commit together.
    /// </summary>
    private async Task<Result<bool>> AttemptAsync(string userId, Func<RegistryDbContext, DateTime, Task<bool>> check, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var account = await LockAsync(db, userId, ct);
        if (account.IsLocked(now))
            return Result<bool>.Fail(ErrorCode.CodeFlowLocked);
        var accepted = await check(db, now);
        var locked = false;
        if (accepted)
            account.Clear();
        else
            locked = account.RecordWrong(now, limits);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return accepted ? Result<bool>.Ok(true) : Result<bool>.Fail(locked ? ErrorCode.CodeFlowLocked : ErrorCode.CodeInvalid);
    }

    /// <summary>
    /// Takes the account row's write lock before its counts are read (SQLite: the database's write lock;
    /// PostgreSQL: the row lock; the update writes back the value it reads), so a parallel try waits for
    /// this one's answer to be counted; then the account's counts, created at its first wrong code.
    /// </summary>
    private static async Task<CodeFlowLock> LockAsync(RegistryDbContext db, string userId, CancellationToken ct)
    {
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.ConcurrencyStamp, u => u.ConcurrencyStamp), ct);
        if (await db.CodeFlowLocks.FirstOrDefaultAsync(l => l.UserId == userId, ct) is { } existing)
            return existing;
        var created = new CodeFlowLock(userId);
        db.CodeFlowLocks.Add(created);
        return created;
    }
}

/// <summary>An account counts as confirmed once its e-mail or its phone number has been confirmed by a code.</summary>
public sealed class RegistryUserConfirmation : IUserConfirmation<RegistryUser>
{
    public async Task<bool> IsConfirmedAsync(UserManager<RegistryUser> manager, RegistryUser user) =>
        await manager.IsEmailConfirmedAsync(user) || await manager.IsPhoneNumberConfirmedAsync(user);
}
