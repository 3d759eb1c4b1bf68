namespace BlazorRegistry.Core.Calendar;

/// <summary>
/// All of Kazakhstan is on UTC+5 since 1 March 2024. A fixed offset, not a time-zone lookup: the
/// IANA zone Asia/Almaty is right only with tzdata 2024a or newer, and servers lag behind.
/// </summary>
public static class KazakhstanTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(5);

    public static DateOnly DateOf(DateTime utc) =>
        DateOnly.FromDateTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc) + Offset);

    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow().UtcDateTime);

    public static DateTime ToLocal(DateTime utc) => DateTime.SpecifyKind(utc + Offset, DateTimeKind.Unspecified);
}
