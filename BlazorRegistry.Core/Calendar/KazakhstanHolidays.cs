namespace BlazorRegistry.Core.Calendar;

/// <summary>
/// Derives the seed of the working-day calendar from the Law "On holidays" (REFERENCE.md,
/// "Working days"). The result is stored as data; administrators edit that, not this.
/// </summary>
public static class KazakhstanHolidays
{
    private static readonly (int Month, int Day, string Name)[] StateHolidays =
    [
        (1, 1, "New Year"), (1, 2, "New Year"),
        (3, 8, "International Women's Day"),
        (3, 21, "Nauryz"), (3, 22, "Nauryz"), (3, 23, "Nauryz"),
        (5, 1, "Unity Day"), (5, 7, "Defender of the Fatherland Day"), (5, 9, "Victory Day"),
        (7, 6, "Capital Day"), (8, 30, "Constitution Day"), (10, 25, "Republic Day"),
        (12, 16, "Independence Day"),
    ];

    /// <summary>First day of Kurban Ait: set each year, a day off but never carried over.</summary>
    private static readonly Dictionary<int, DateOnly> KurbanAit = new()
    {
        [2025] = new(2025, 6, 6),
        [2026] = new(2026, 5, 27),
        // (verify) announced by the Spiritual Administration of Muslims; falls on a Sunday, so no weekday is lost.
        [2027] = new(2027, 5, 16),
    };

    /// <summary>Government orders that move a day off (REFERENCE.md names the 2025 one).</summary>
    private static readonly (DateOnly WorkingWeekend, DateOnly DayOff, string Note)[] Transfers =
    [
        (new(2025, 1, 5), new(2025, 1, 3), "Day off moved from Sunday 5 Jan to Friday 3 Jan 2025"),
    ];

    public static readonly int FirstYear = 2025;
    public static readonly int LastYear = 2027;

    /// <summary>The calendar's exceptions for the years the seed covers.</summary>
    public static IReadOnlyList<CalendarDay> Seed()
    {
        var days = new List<CalendarDay>();
        for (var year = FirstYear; year <= LastYear; year++)
            days.AddRange(ForYear(year));
        return days;
    }

    public static IEnumerable<CalendarDay> ForYear(int year)
    {
        var nonWorking = new Dictionary<DateOnly, string>();
        var workingWeekends = Transfers.Where(t => t.WorkingWeekend.Year == year).ToList();

        foreach (var (month, day, name) in StateHolidays)
        {
            var date = new DateOnly(year, month, day);
            if (!IsWeekend(date))
                nonWorking[date] = name;
        }
        // A state holiday on a Saturday or Sunday moves to the next working day; several in a row move
        // one after another (Nauryz 2026: 21 and 22 March fall on the weekend, so 24 and 25 March are off).
        foreach (var (month, day, name) in StateHolidays)
        {
            var date = new DateOnly(year, month, day);
            if (!IsWeekend(date))
                continue;
            var carried = date.AddDays(1);
            while (IsWeekend(carried) || nonWorking.ContainsKey(carried) || IsStateHoliday(carried))
                carried = carried.AddDays(1);
            nonWorking[carried] = $"{name} (carried over from {date:dd.MM})";
        }
        // Orthodox Christmas and Kurban Ait: days off, never carried over.
        AddIfWeekday(nonWorking, new DateOnly(year, 1, 7), "Orthodox Christmas");
        if (KurbanAit.TryGetValue(year, out var kurban))
            AddIfWeekday(nonWorking, kurban, "Kurban Ait");
        foreach (var t in workingWeekends)
            nonWorking[t.DayOff] = t.Note;

        foreach (var (date, note) in nonWorking.OrderBy(d => d.Key))
            yield return new CalendarDay(date, CalendarDayKind.NonWorking, note);
        foreach (var t in workingWeekends)
            yield return new CalendarDay(t.WorkingWeekend, CalendarDayKind.Working, t.Note);
    }

    private static bool IsStateHoliday(DateOnly date) =>
        StateHolidays.Any(h => h.Month == date.Month && h.Day == date.Day);

    private static void AddIfWeekday(Dictionary<DateOnly, string> days, DateOnly date, string name)
    {
        if (!IsWeekend(date))
            days.TryAdd(date, name);
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
