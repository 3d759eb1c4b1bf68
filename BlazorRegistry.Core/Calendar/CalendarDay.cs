namespace BlazorRegistry.Core.Calendar;

/// <summary>What a calendar day is, where it differs from the plain weekday/weekend rule.</summary>
public enum CalendarDayKind
{
    /// <summary>A weekday that is a day off: a holiday, a carried-over holiday or a moved day off.</summary>
    NonWorking = 1,
    /// <summary>A Saturday or Sunday made a working day by a government order.</summary>
    Working = 2,
}

/// <summary>
/// One exception to the weekend rule, kept as data so an administrator can follow the government's
/// yearly orders without a release.
/// </summary>
public sealed class CalendarDay
{
    public const int MaxNoteLength = 200;

    public DateOnly Date { get; private set; }
    public CalendarDayKind Kind { get; private set; }
    /// <summary>Why: the holiday's name or the order that moved the day (for administrators, not the public).</summary>
    public string Note { get; private set; } = "";

    private CalendarDay() { }

    public CalendarDay(DateOnly date, CalendarDayKind kind, string note)
    {
        if (kind == CalendarDayKind.Working && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            throw new ArgumentException("Only a weekend day can be made a working day.", nameof(kind));
        Date = date;
        Kind = kind;
        Note = note;
    }
}
