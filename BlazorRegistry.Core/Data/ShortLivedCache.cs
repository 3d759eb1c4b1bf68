namespace BlazorRegistry.Core.Data;

/// <summary>
/// A value loaded from the database and kept for a short while, shared by every circuit and request:
/// small tables that every page needs (reference lists, the calendar) are read once a minute, not once
/// a render. <see cref="Invalidate"/> makes the next reader load it again at once.
/// </summary>
public sealed class ShortLivedCache<T>(TimeProvider time, Func<CancellationToken, Task<T>> load) where T : class
{
    /// <summary>
    /// How long an edit of the cached tables may take to show (a minute); README's "reference data and
    /// calendar" line quotes it.
    /// </summary>
    public static TimeSpan Lifetime => TimeSpan.FromMinutes(1);

    /// <summary>One immutable object, so a reader on another thread never sees a value with another's time.</summary>
    private sealed record Entry(T Value, long LoadedAt, long Generation);

    private Entry? _current;
    private long _generation;

    public async Task<T> GetAsync(CancellationToken ct = default)
    {
        var generation = Interlocked.Read(ref _generation);
        if (Volatile.Read(ref _current) is { } cached && cached.Generation == generation && time.GetElapsedTime(cached.LoadedAt) < Lifetime)
            return cached.Value;
        var value = await load(ct);
        // A load that began before an edit's Invalidate may have read the old rows: it serves this reader, but is
        // not kept for the next ones.
        if (Interlocked.Read(ref _generation) == generation)
            Volatile.Write(ref _current, new Entry(value, time.GetTimestamp(), generation));
        return value;
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _current, null);
    }
}
