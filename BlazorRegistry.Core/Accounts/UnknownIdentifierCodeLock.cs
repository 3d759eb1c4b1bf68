using Microsoft.Extensions.Caching.Memory;

namespace BlazorRegistry.Core.Accounts;

/// <summary>
/// Wrong codes typed for an identifier that has no account waiting for a code, counted and locked exactly as
/// a real account's are (<see cref="CodeLimits"/>): after five wrong codes the confirm and reset pages say
/// "locked" for a stranger's guess too, so the lock never tells who has an account (issue #12). Kept in
/// memory with a size cap, since these identifiers have no row to keep it in.
/// </summary>
public sealed class UnknownIdentifierCodeLock(CodeLimits limits, TimeProvider time) : IDisposable
{
    private readonly MemoryCache _attempts = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    private sealed class Attempts
    {
        public int Wrong;
        public DateTime FirstAtUtc;
        public DateTime? LockedUntilUtc;
    }

    /// <summary>
    /// The identifier as an account would be named: "+7 701 555-00-01", "87015550001" and "8 (701) 5550001"
    /// are one phone, so five spellings cannot buy five times the tries a real account gets.
    /// </summary>
    public static string KeyOf(string? identifierInput) =>
        AccountIdentifier.Parse(identifierInput).Identifier?.Value ?? (identifierInput ?? "").Trim().ToLowerInvariant();

    /// <summary>Records a wrong code for the identifier <paramref name="key"/> (<see cref="KeyOf"/>); true when its code flow is (now) locked.</summary>
    public bool RecordWrong(string key)
    {
        var now = time.GetUtcNow().UtcDateTime;
        lock (_attempts)
        {
            var attempts = _attempts.Get<Attempts>(key);
            if (attempts is null || (attempts.LockedUntilUtc is null && now - attempts.FirstAtUtc > limits.LockoutWindow)
                || attempts.LockedUntilUtc <= now)
                attempts = new Attempts { FirstAtUtc = now };
            else if (attempts.LockedUntilUtc > now)
                return true;
            attempts.Wrong++;
            if (attempts.Wrong >= limits.MaxWrongCodes)
                attempts.LockedUntilUtc = now + limits.LockoutDuration;
            _attempts.Set(key, attempts, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = limits.LockoutWindow + limits.LockoutDuration });
            return attempts.LockedUntilUtc > now;
        }
    }

    public void Dispose() => _attempts.Dispose();
}
