using System.Security.Cryptography;
using System.Text;
using BlazorRegistry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Accounts;

/// <summary>
/// Wrong codes typed for an identifier that has no account waiting for a code, counted and locked exactly as
/// a real account's are (<see cref="CodeLimits"/>): after five wrong codes the confirm and reset pages say
/// "locked" for a stranger's guess too, so the lock never tells who has an account (issue #12). Counted in the
/// database, not in one process's memory: with several instances (issue #18) a stranger choosing the instance
/// for each try would otherwise get five per instance, and "invalid" after five would tell that no account exists.
/// </summary>
public sealed class UnknownIdentifierCodeLock(IDbContextFactory<RegistryDbContext> factory, CodeLimits limits, TimeProvider time)
{
    /// <summary>
    /// The identifier as an account would be named: "+7 701 555-00-01", "87015550001" and "8 (701) 5550001"
    /// are one phone, so five spellings cannot buy five times the tries a real account gets.
    /// </summary>
    public static string KeyOf(string? identifierInput) =>
        AccountIdentifier.Parse(identifierInput).Identifier?.Value ?? (identifierInput ?? "").Trim().ToLowerInvariant();

    /// <summary>Records a wrong code for the identifier <paramref name="key"/> (<see cref="KeyOf"/>); true when its code flow is (now) locked.</summary>
    public async Task<bool> RecordWrongAsync(string key, CancellationToken ct = default)
    {
        // Stored as a hash, and only as long as it counts: identifiers people typed that have no account are not kept.
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow().UtcDateTime;
            await using var db = await factory.CreateDbContextAsync(ct);
            try
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                await db.UnknownIdentifierCodeCounts.Where(c => c.ForgetAtUtc <= now).ExecuteDeleteAsync(ct);
                // The row's write lock first (it writes back what it reads), so a parallel try waits for this one's count.
                var exists = await db.UnknownIdentifierCodeCounts.Where(c => c.KeyHash == hash)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Wrong, c => c.Wrong), ct) > 0;
                var count = exists ? await db.UnknownIdentifierCodeCounts.FirstAsync(c => c.KeyHash == hash, ct)
                    : db.UnknownIdentifierCodeCounts.Add(new UnknownIdentifierCodeCount(hash)).Entity;
                var locked = count.RecordWrong(now, limits);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return locked;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another instance counted this identifier's first try at the same moment: count again, on its row.
            }
        }
    }
}

/// <summary>The wrong codes typed for one identifier without an account, under the hash of the identifier.</summary>
public sealed class UnknownIdentifierCodeCount
{
    public string KeyHash { get; private set; } = "";
    public int Wrong { get; private set; }
    public DateTime FirstAtUtc { get; private set; }
    public DateTime? LockedUntilUtc { get; private set; }
    /// <summary>After this the row means nothing (its window and any lock are over) and is deleted.</summary>
    public DateTime ForgetAtUtc { get; private set; }

    private UnknownIdentifierCodeCount() { }

    public UnknownIdentifierCodeCount(string keyHash) => KeyHash = keyHash;

    /// <summary>Counts a wrong code; true while the code flow is locked (the fifth within the window locks it).</summary>
    public bool RecordWrong(DateTime nowUtc, CodeLimits limits)
    {
        if (LockedUntilUtc > nowUtc)
            return true;
        if (Wrong == 0 || LockedUntilUtc is not null || nowUtc - FirstAtUtc > limits.LockoutWindow)
        {
            Wrong = 0;
            FirstAtUtc = nowUtc;
            LockedUntilUtc = null;
        }
        Wrong++;
        if (Wrong >= limits.MaxWrongCodes)
            LockedUntilUtc = nowUtc + limits.LockoutDuration;
        ForgetAtUtc = LockedUntilUtc ?? FirstAtUtc + limits.LockoutWindow;
        return LockedUntilUtc > nowUtc;
    }
}
