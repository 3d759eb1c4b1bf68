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

    private (T Value, long LoadedAt)? _current;

    public async Task<T> GetAsync(CancellationToken ct = default)
    {
        if (_current is { } cached && time.GetElapsedTime(cached.LoadedAt) < Lifetime)
            return cached.Value;
        var value = await load(ct);
        _current = (value, time.GetTimestamp());
        return value;
    }

    public void Invalidate() => _current = null;
}
