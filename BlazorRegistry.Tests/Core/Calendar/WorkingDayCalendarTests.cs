using BlazorRegistry.Core.Calendar;

namespace BlazorRegistry.Tests.Core.Calendar;

public class KazakhstanHolidaysSeed
{
    private static List<DateOnly> NonWorkingWeekdays(int year) => KazakhstanHolidays.ForYear(year)
        .Where(d => d.Kind == CalendarDayKind.NonWorking).Select(d => d.Date).Order().ToList();

    [Fact]
    public void Matches2025NonWorkingWeekdaysOfTheReference()
    {
        // REFERENCE.md, "Working days": the resulting non-working weekdays of 2025.
        DateOnly[] expected =
        [
            new(2025, 1, 1), new(2025, 1, 2), new(2025, 1, 3), new(2025, 1, 7), new(2025, 3, 10),
            new(2025, 3, 21), new(2025, 3, 24), new(2025, 3, 25), new(2025, 5, 1), new(2025, 5, 7),
            new(2025, 5, 9), new(2025, 6, 6), new(2025, 7, 7), new(2025, 9, 1), new(2025, 10, 27), new(2025, 12, 16),
        ];
        Assert.Equal(expected, NonWorkingWeekdays(2025));
    }

    [Fact]
    public void Matches2026NonWorkingWeekdaysOfTheReference()
    {
        DateOnly[] expected =
        [
            new(2026, 1, 1), new(2026, 1, 2), new(2026, 1, 7), new(2026, 3, 9), new(2026, 3, 23),
            new(2026, 3, 24), new(2026, 3, 25), new(2026, 5, 1), new(2026, 5, 7), new(2026, 5, 11),
            new(2026, 5, 27), new(2026, 7, 6), new(2026, 8, 31), new(2026, 10, 26), new(2026, 12, 16),
        ];
        Assert.Equal(expected, NonWorkingWeekdays(2026));
    }

    [Fact]
    public void Makes5January2025AWorkingSunday()
    {
        var working = KazakhstanHolidays.ForYear(2025).Where(d => d.Kind == CalendarDayKind.Working).Select(d => d.Date);
        Assert.Equal([new DateOnly(2025, 1, 5)], working);
    }

    [Fact]
    public void CoversThreeYears() =>
        Assert.Equal([2025, 2026, 2027], KazakhstanHolidays.Seed().Select(d => d.Date.Year).Distinct().Order());
}

public class WorkingDayCalendarDecisionDeadline
{
    private static readonly WorkingDayCalendar Calendar = new(KazakhstanHolidays.Seed());

    private static DateTime AstanaTime(int y, int m, int d, int h, int min = 0) =>
        new DateTime(y, m, d, h, min, 0, DateTimeKind.Utc) - KazakhstanTime.Offset;

    [Fact]
    public void CountsFiveWorkingDaysAfterAnOrdinaryWednesday() =>
        Assert.Equal(new DateOnly(2026, 11, 25), Calendar.DecisionDeadline(AstanaTime(2026, 11, 18, 10)));

    [Fact]
    public void SkipsNauryzIncludingItsCarriedOverDays()
    {
        // Received Friday 20 March 2026; 23–25 March are off (Nauryz, 21 and 22 carried over).
        Assert.Equal(new DateOnly(2026, 4, 1), Calendar.DecisionDeadline(AstanaTime(2026, 3, 20, 15)));
    }

    [Fact]
    public void SkipsAHolidayCarriedOverFromASaturday()
    {
        // Constitution Day, Saturday 30 August 2025, moved to Monday 1 September.
        Assert.Equal(new DateOnly(2025, 9, 5), Calendar.DecisionDeadline(AstanaTime(2025, 8, 28, 11)));
    }

    [Fact]
    public void CountsTheWorkingSundayOf5January2025()
    {
        // Received on a holiday; 3 Jan off by transfer, Sunday 5 Jan worked, 7 Jan Orthodox Christmas.
        Assert.Equal(new DateOnly(2025, 1, 10), Calendar.DecisionDeadline(AstanaTime(2025, 1, 2, 9)));
    }

    [Fact]
    public void CountsTheDayOfReceiptInKazakhstanTime()
    {
        // 19:30 UTC on Thursday is 00:30 on Friday in Astana: the term counts from Friday.
        var lateThursdayUtc = new DateTime(2026, 11, 26, 19, 30, 0, DateTimeKind.Utc);
        Assert.Equal(new DateOnly(2026, 12, 4), Calendar.DecisionDeadline(lateThursdayUtc));
        var earlyThursdayUtc = new DateTime(2026, 11, 26, 18, 30, 0, DateTimeKind.Utc);
        Assert.Equal(new DateOnly(2026, 12, 3), Calendar.DecisionDeadline(earlyThursdayUtc));
    }

    [Fact]
    public void KurbanAitIsOffButNotCarriedOver()
    {
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 5, 27)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 5, 28)));
    }

    [Fact]
    public void CountsWorkingDaysLeftBothWays()
    {
        var deadline = new DateOnly(2026, 4, 1);
        Assert.Equal(2, Calendar.WorkingDaysLeft(new DateOnly(2026, 3, 30), deadline));
        Assert.Equal(0, Calendar.WorkingDaysLeft(deadline, deadline));
        Assert.Equal(-2, Calendar.WorkingDaysLeft(new DateOnly(2026, 4, 3), deadline));
        // Only Thursday 26 March counts between Friday 20 and Thursday 26: Nauryz took the rest.
        Assert.Equal(1, Calendar.WorkingDaysLeft(new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 26)));
    }

    [Fact]
    public void ATermIsDueWithOneWorkingDayLeftAndOverdueOnlyAfterItsLastDay()
    {
        var deadline = new DateOnly(2026, 4, 1); // Wednesday
        Assert.Equal(DeadlineState.OnTime, Calendar.StateOf(deadline, new DateOnly(2026, 3, 30)));
        Assert.Equal(DeadlineState.Due, Calendar.StateOf(deadline, new DateOnly(2026, 3, 31)));
        Assert.Equal(DeadlineState.Due, Calendar.StateOf(deadline, deadline));
        Assert.Equal(DeadlineState.Overdue, Calendar.StateOf(deadline, new DateOnly(2026, 4, 2)));
        // Friday 20 March before Thursday 26: Nauryz leaves one working day, so the term is already due.
        Assert.Equal(DeadlineState.Due, Calendar.StateOf(new DateOnly(2026, 3, 26), new DateOnly(2026, 3, 20)));
    }

    [Fact]
    public void OnlyAWeekendDayCanBeMadeWorking() =>
        Assert.Throws<ArgumentException>(() => new CalendarDay(new DateOnly(2026, 3, 18), CalendarDayKind.Working, "x"));
}

public class WorkingDayCalendarMissingYear
{
    private static readonly WorkingDayCalendar Seeded = new(KazakhstanHolidays.Seed()); // 2025–2027

    [Theory]
    [InlineData("2026-12-02", null)]   // 2027 is there
    [InlineData("2027-10-31", null)]   // 2028 not yet due
    [InlineData("2027-11-01", 2028)]   // due from 1 November
    [InlineData("2027-12-31", 2028)]
    [InlineData("2028-03-01", 2028)]   // the year itself missing: always
    public void NamesTheYearWhoseDaysOffAreNotInTheCalendar(string today, int? missing) =>
        Assert.Equal(missing, Seeded.MissingYear(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
}
