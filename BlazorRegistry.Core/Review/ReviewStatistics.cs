using System.Globalization;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Review;

/// <summary>What the staff's figures are about: days received or decided (Astana dates, both included), and optionally one region or profession.</summary>
public sealed record StatisticsFilter(DateOnly From, DateOnly To, int? RegionId = null, int? ProfessionId = null)
{
    /// <summary>The longest period asked for at once: ten years keeps every figure a few hundred rows.</summary>
    public const int MaxDays = 3660;

    /// <summary>The twelve months up to <paramref name="today"/>, from the first of the month a year before.</summary>
    public static StatisticsFilter LastYear(DateOnly today) => new(new DateOnly(today.Year, today.Month, 1).AddMonths(-11), today);

    /// <summary>The earliest and latest days a period may name (the register began in 2025; the calendar ends in 2100).</summary>
    public static readonly DateOnly FirstDay = new(2000, 1, 1), LastDay = new(2100, 12, 31);

    /// <summary>
    /// The period put in order: reversed dates swapped, days outside <see cref="FirstDay"/>–<see cref="LastDay"/> brought
    /// inside, a too-long period cut to its last <see cref="MaxDays"/>.
    /// </summary>
    public StatisticsFilter Normalised()
    {
        static DateOnly Inside(DateOnly day) => day < FirstDay ? FirstDay : day > LastDay ? LastDay : day;
        var (from, to) = From <= To ? (Inside(From), Inside(To)) : (Inside(To), Inside(From));
        return this with { From = to.DayNumber - from.DayNumber > MaxDays ? to.AddDays(-MaxDays) : from, To = to };
    }
}

/// <summary>A count for one period: a month "2026-03" or an ISO week "2026-W12".</summary>
public sealed record PeriodCount(string Period, int Count);

/// <summary>A count for one value of a code list (a state, a region id, a reason).</summary>
public sealed record CodeCount<T>(T Code, int Count);

/// <summary>
/// One month of decisions: how many, how many on or before their deadline (the fifth working day after receipt, Order
/// 21, cl. 9), and the median and 90th percentile of working days from receipt to decision.
/// </summary>
public sealed record Timeliness(string Month, int Decided, int WithinTerm, int MedianWorkingDays, int P90WorkingDays)
{
    public double ShareWithinTerm => Decided == 0 ? 0 : (double)WithinTerm / Decided;
}

/// <summary>Applications past their deadline now, by the administrator holding them (null: nobody has claimed them).</summary>
public sealed record OverdueCount(string? AdministratorId, int Count);

public sealed record StaffFigures(
    IReadOnlyList<PeriodCount> ReceivedByWeek,
    IReadOnlyList<PeriodCount> ReceivedByMonth,
    IReadOnlyList<CodeCount<ApplicationStatus>> ByState,
    IReadOnlyList<CodeCount<int>> ByRegion,
    IReadOnlyList<CodeCount<int>> ByProfession,
    IReadOnlyList<Timeliness> TimelinessByMonth,
    IReadOnlyList<CodeCount<ReturnReason>> Returns,
    IReadOnlyList<CodeCount<RefusalReason>> Refusals,
    IReadOnlyList<OverdueCount> OverdueByAdministrator)
{
    public int Received => ReceivedByMonth.Sum(c => c.Count);
}

/// <summary>
/// The staff's figures (issue #17, point 3), computed by the database: every query groups and counts, and what comes
/// back is a few rows per day, month or code, never the applications themselves. Two figures finish in C# from those
/// groups: ISO weeks and months from counts per day, and working days to a decision from counts per pair of receipt and
/// decision days (the working-day calendar is not SQL). An application counts once: received on its first receipt,
/// decided on its latest decision, from its latest receipt; every return counts towards the reasons.
/// </summary>
public sealed class ReviewStatistics(IDbContextFactory<RegistryDbContext> factory, CalendarProvider calendars, TimeProvider time)
{
    /// <summary>
    /// Two computations at a time, the rest wait their turn: each takes five connections and two cores for a tenth of
    /// a second, and staff scripting twenty at once must not starve the public register of either.
    /// </summary>
    private readonly SemaphoreSlim _gate = new(2);

    public async Task<StaffFigures> ComputeAsync(StatisticsFilter filter, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            return await ComputeNowAsync(filter.Normalised(), ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<StaffFigures> ComputeNowAsync(StatisticsFilter filter, CancellationToken ct)
    {
        var (fromUtc, toUtc) = (Start(filter.From), Start(filter.To.AddDays(1)));
        var calendar = await calendars.GetAsync(ct);
        var today = KazakhstanTime.Today(time);

        IQueryable<Application> Applications(RegistryDbContext db)
        {
            var applications = db.Applications.AsNoTracking().Where(a => a.Status != ApplicationStatus.Draft);
            if (filter.RegionId is { } region)
                applications = applications.Where(a => a.Address.RegionId == region);
            if (filter.ProfessionId is { } profession)
                applications = applications.Where(a => a.Profession.ProfessionId == profession);
            return applications;
        }

        // Five independent reads, each on its own connection: SQLite's WAL lets them run side by side (two cores: in
        // about half the time of one after the other), and each walks one covering index (migration StatisticsDays)
        // over the Astana days the database computes (ReceivedOn, LastReceivedOn, DecidedOn), never the wide rows.
        var perDayTask = ReadAsync(db => Applications(db).Where(a => a.ReceivedOn >= filter.From && a.ReceivedOn <= filter.To)
            .GroupBy(a => a.ReceivedOn!.Value).Select(g => new { Day = g.Key, Count = g.Count() }).ToListAsync(ct), ct);
        var mixTask = ReadAsync(db => Applications(db).Where(a => a.ReceivedOn >= filter.From && a.ReceivedOn <= filter.To)
            .GroupBy(a => new { a.Status, Region = a.Address.RegionId ?? 0, Profession = a.Profession.ProfessionId ?? 0 })
            .Select(g => new { g.Key.Status, g.Key.Region, g.Key.Profession, Count = g.Count() }).ToListAsync(ct), ct);
        // A refusal's reason is kept only while the application stays refused, so it rides along with the decision days.
        var pairsTask = ReadAsync(db => Applications(db).Where(a => a.DecidedOn >= filter.From && a.DecidedOn <= filter.To && a.LastReceivedOn != null)
            .GroupBy(a => new { Decided = a.DecidedOn!.Value, Received = a.LastReceivedOn!.Value, a.DecisionDeadline, a.RefusalReason })
            .Select(g => new { g.Key.Decided, g.Key.Received, g.Key.DecisionDeadline, g.Key.RefusalReason, Count = g.Count() }).ToListAsync(ct), ct);
        var returnsTask = ReadAsync(db =>
        {
            var lines = db.ApplicationHistory.AsNoTracking()
                .Where(h => h.Action == HistoryAction.ReturnedForRevision && h.AtUtc >= fromUtc && h.AtUtc < toUtc);
            // Only a region or profession needs the application: a return is never of a draft.
            if (filter.RegionId is not null || filter.ProfessionId is not null)
            {
                var applications = Applications(db);
                lines = lines.Where(h => applications.Any(a => a.Id == h.ApplicationId));
            }
            return lines.GroupBy(h => h.ReturnReasons).Select(g => new { Reasons = g.Key, Count = g.Count() }).ToListAsync(ct);
        }, ct);
        // "Now" whatever the period: a term running late is late today.
        var overdueTask = ReadAsync(db => Applications(db).Where(Application.OverdueOn(today))
            .GroupBy(a => a.HolderId).Select(g => new OverdueCount(g.Key, g.Count())).ToListAsync(ct), ct);
        var (perDay, mix, pairs, returns, overdue) = (await perDayTask, await mixTask, await pairsTask, await returnsTask, await overdueTask);
        var byState = mix.GroupBy(m => m.Status).Select(g => new CodeCount<ApplicationStatus>(g.Key, g.Sum(m => m.Count)));
        var byRegion = mix.GroupBy(m => m.Region).Select(g => new CodeCount<int>(g.Key, g.Sum(m => m.Count)));
        var byProfession = mix.GroupBy(m => m.Profession).Select(g => new CodeCount<int>(g.Key, g.Sum(m => m.Count)));
        var refusals = pairs.Where(p => p.RefusalReason is not null).GroupBy(p => p.RefusalReason!.Value)
            .Select(g => new CodeCount<RefusalReason>(g.Key, g.Sum(p => p.Count))).ToList();

        var days = perDay.Select(d => (d.Day, d.Count)).ToList();
        var timeliness = pairs
            .Select(p => (Month: Month(p.Decided), WorkingDays: calendar.WorkingDaysLeft(p.Received, p.Decided),
                Within: p.DecisionDeadline is { } deadline && p.Decided <= deadline, p.Count))
            .GroupBy(p => p.Month).OrderBy(g => g.Key)
            .Select(g => new Timeliness(g.Key, g.Sum(p => p.Count), g.Where(p => p.Within).Sum(p => p.Count),
                Percentile(g.Select(p => (p.WorkingDays, p.Count)), 0.5), Percentile(g.Select(p => (p.WorkingDays, p.Count)), 0.9)))
            .ToList();

        return new StaffFigures(
            days.GroupBy(d => Week(d.Day)).OrderBy(g => g.Key).Select(g => new PeriodCount(g.Key, g.Sum(d => d.Count))).ToList(),
            days.GroupBy(d => Month(d.Day)).OrderBy(g => g.Key).Select(g => new PeriodCount(g.Key, g.Sum(d => d.Count))).ToList(),
            byState.OrderBy(c => c.Code).ToList(),
            byRegion.OrderByDescending(c => c.Count).ThenBy(c => c.Code).ToList(),
            byProfession.OrderByDescending(c => c.Count).ThenBy(c => c.Code).ToList(),
            timeliness,
            Enum.GetValues<ReturnReason>().Select(r => new CodeCount<ReturnReason>(r, returns.Where(x => x.Reasons.Contains(r)).Sum(x => x.Count))).ToList(),
            Enum.GetValues<RefusalReason>().Select(r => new CodeCount<RefusalReason>(r, refusals.Where(x => x.Code == r).Sum(x => x.Count))).ToList(),
            overdue.OrderByDescending(o => o.Count).ThenBy(o => o.AdministratorId).ToList());
    }

    /// <summary>The smallest value with at least <paramref name="share"/> of the counted cases at or below it (nearest rank).</summary>
    public static int Percentile(IEnumerable<(int Value, int Count)> histogram, double share)
    {
        var sorted = histogram.Where(h => h.Count > 0).OrderBy(h => h.Value).ToList();
        var total = sorted.Sum(h => h.Count);
        if (total == 0)
            return 0;
        var rank = (int)Math.Ceiling(share * total);
        var seen = 0;
        foreach (var (value, count) in sorted)
            if ((seen += count) >= rank)
                return value;
        return sorted[^1].Value;
    }

    /// <summary>
    /// One read on its own context, on the thread pool: SQLite's driver answers "async" calls synchronously, so
    /// without Task.Run the five reads would run one after the other.
    /// </summary>
    private Task<T> ReadAsync<T>(Func<RegistryDbContext, Task<T>> read, CancellationToken ct) => Task.Run(async () =>
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await read(db);
    }, ct);

    public static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Week(DateOnly day) =>
        $"{ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)):D2}";

    /// <summary>Midnight in Astana of <paramref name="day"/>, in UTC: the stored times are UTC.</summary>
    private static DateTime Start(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - KazakhstanTime.Offset, DateTimeKind.Utc);
}
