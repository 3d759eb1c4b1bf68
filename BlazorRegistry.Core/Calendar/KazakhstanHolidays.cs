namespace BlazorRegistry.Core.Calendar;

/// <summary>
/// Derives the seed of the working-day calendar from the Law "On holidays" (REFERENCE.md,
/// "Working days"). The result is stored as data; administrators edit that, not this.
/// </summary>
public static class KazakhstanHolidays
{
    private static readonly (int Month, int Day, string Name)[] StateHolidays =
    [
        (1, 1, "Жаңа жыл / Новый год"), (1, 2, "Жаңа жыл / Новый год"),
        (3, 8, "Халықаралық әйелдер күні / Международный женский день"),
        (3, 21, "Наурыз мейрамы / Наурыз мейрамы"), (3, 22, "Наурыз мейрамы / Наурыз мейрамы"), (3, 23, "Наурыз мейрамы / Наурыз мейрамы"),
        (5, 1, "Қазақстан халқының бірлігі мерекесі / Праздник единства народа Казахстана"), (5, 7, "Отан қорғаушы күні / День защитника Отечества"), (5, 9, "Жеңіс күні / День Победы"),
        (7, 6, "Астана күні / День столицы"), (8, 30, "Конституция күні / День Конституции"), (10, 25, "Республика күні / День Республики"),
        (12, 16, "Тәуелсіздік күні / День Независимости"),
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
        (new(2025, 1, 5), new(2025, 1, 3), "Демалыс 5 қаңтардан 3 қаңтарға ауыстырылды / Выходной перенесён с 5 на 3 января 2025 г."),
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
            nonWorking[carried] = $"{name} ({date:dd.MM} ауыстырылды / перенесён с {date:dd.MM})";
        }
        // Orthodox Christmas and Kurban Ait: days off, never carried over.
        AddIfWeekday(nonWorking, new DateOnly(year, 1, 7), "Православиелік Рождество / Рождество Христово");
        if (KurbanAit.TryGetValue(year, out var kurban))
            AddIfWeekday(nonWorking, kurban, "Құрбан айт / Курбан айт");
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
