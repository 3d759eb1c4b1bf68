namespace BlazorRegistry.Core.Calendar;

/// <summary>
/// Kazakhstan's working days: Monday to Friday, less the non-working days, plus the weekend days a
/// government order made working. The five-working-day decision term (Order 21, cl. 9) counts these.
/// </summary>
public sealed class WorkingDayCalendar
{
    /// <summary>Order 21, cl. 9: the administrator decides within five working days.</summary>
    public const int DecisionTermWorkingDays = 5;

    private readonly HashSet<DateOnly> _nonWorking;
    private readonly HashSet<DateOnly> _workingWeekends;
    private readonly HashSet<int> _years;

    public WorkingDayCalendar(IEnumerable<CalendarDay> exceptions)
    {
        var days = exceptions.ToList();
        _nonWorking = days.Where(d => d.Kind == CalendarDayKind.NonWorking).Select(d => d.Date).ToHashSet();
        _workingWeekends = days.Where(d => d.Kind == CalendarDayKind.Working).Select(d => d.Date).ToHashSet();
        _years = days.Select(d => d.Date.Year).ToHashSet();
    }

    /// <summary>By this day of the year the next year's days off should be known (the government sets them in autumn).</summary>
    public static readonly (int Month, int Day) NextYearDueBy = (11, 1);

    /// <summary>
    /// A year whose days off the calendar does not hold although deadlines may soon fall in it: this year at any
    /// time, the next one from 1 November. Without its days off a holiday would count as a working day, and
    /// a deadline would come a day or more too early. Null when nothing is missing. (Every year has days
    /// off, New Year at least, so a year with none is a year nobody entered.)
    /// </summary>
    public int? MissingYear(DateOnly today)
    {
        if (!_years.Contains(today.Year))
            return today.Year;
        var dueBy = new DateOnly(today.Year, NextYearDueBy.Month, NextYearDueBy.Day);
        return today >= dueBy && !_years.Contains(today.Year + 1) ? today.Year + 1 : null;
    }

    public bool IsWorkingDay(DateOnly date)
    {
        if (_workingWeekends.Contains(date))
            return true;
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_nonWorking.Contains(date);
    }

    /// <summary>The <paramref name="workingDays"/>-th working day after <paramref name="from"/> (which itself does not count).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = from;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
                counted++;
        }
        return day;
    }

    /// <summary>
    /// The decision deadline: the fifth working day after the day of receipt, the day counted in
    /// Kazakhstan time, so an application sent at 23:30 in Almaty on Friday counts from Friday.
    /// </summary>
    public DateOnly DecisionDeadline(DateTime receivedUtc) =>
        AddWorkingDays(KazakhstanTime.DateOf(receivedUtc), DecisionTermWorkingDays);

    /// <summary>
    /// Working days from <paramref name="today"/> (excluded) to <paramref name="deadline"/> (included);
    /// 0 on the deadline day itself, negative once it has passed.
    /// </summary>
    public int WorkingDaysLeft(DateOnly today, DateOnly deadline)
    {
        if (today == deadline)
            return 0;
        var (from, to, sign) = today < deadline ? (today, deadline, 1) : (deadline, today, -1);
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (IsWorkingDay(day))
                count++;
        return sign * count;
    }

    /// <summary>
    /// Where a running term stands on <paramref name="today"/>: overdue once the deadline day has passed,
    /// due with one working day left or fewer, on time otherwise. The board's chip and its filter agree
    /// through <see cref="IsOverdue"/>.
    /// </summary>
    public DeadlineState StateOf(DateOnly deadline, DateOnly today) =>
        IsOverdue(deadline, today) ? DeadlineState.Overdue
        : WorkingDaysLeft(today, deadline) <= 1 ? DeadlineState.Due
        : DeadlineState.OnTime;

    /// <summary>The deadline day itself is still in time; the day after it is not.</summary>
    public static bool IsOverdue(DateOnly deadline, DateOnly today) => deadline < today;
}

public enum DeadlineState
{
    OnTime,
    Due,
    Overdue,
}
