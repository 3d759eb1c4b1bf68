using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Review;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Tests.Core.Review;

/// <summary>
/// Issue #17, point 3: the staff's figures from the database against the same figures computed here, independently,
/// from every application loaded into memory (what the SQL must never do).
/// </summary>
public class ReviewStatisticsQueries
{
    private static readonly DateTime Start = new(2026, 1, 5, 4, 0, 0, DateTimeKind.Utc);

    /// <summary>Applications received over 10 weeks at random hours, decided 0–9 calendar days later in random ways, some left open.</summary>
    private static async Task SeedAsync(TestDatabase test, int count, int seed)
    {
        var random = new Random(seed);
        await using var db = test.NewContext();
        var calendar = await CalendarProvider.LoadAsync(db);
        var drafts = new List<Application>();
        for (var i = 0; i < count; i++)
        {
            var a = Application.StartDraft($"stats-{seed}-{i}", TestApplications.NowUtc);
            TestApplications.Fill(a, givenName: "Нұрлан");
            a.UpdateContacts(a.Contacts, a.Address with { RegionId = 1 + random.Next(4) }, TestApplications.NowUtc);
            a.UpdateProfession(a.Profession with { ProfessionId = 1 + random.Next(3) }, TestApplications.NowUtc);
            drafts.Add(a);
        }
        db.Applications.AddRange(drafts);
        await db.SaveChangesAsync(); // the reference number is made from the id
        foreach (var a in drafts)
        {
            var received = Start.AddHours(random.Next(70 * 24));
            a.Submit(received, calendar);
            var admin = $"admin-{random.Next(3)}";
            var decided = received.AddHours(1 + random.Next(9 * 24));
            switch (random.Next(6))
            {
                case 0: break; // still waiting
                case 1: a.Claim(admin, received.AddMinutes(30)); break; // held, maybe late
                case 2:
                    a.Claim(admin, received.AddMinutes(30));
                    a.ReturnForRevision(admin, [(ReturnReason)(1 + random.Next(4)), (ReturnReason)(1 + random.Next(4))], "Түзетіңіз", decided);
                    break;
                case 3:
                    a.Claim(admin, received.AddMinutes(30));
                    a.Refuse(admin, (RefusalReason)(1 + random.Next(4)), "Бас тартылды", decided);
                    break;
                default:
                    a.Claim(admin, received.AddMinutes(30));
                    a.Register(admin, decided);
                    break;
            }
        }
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(2, null)]
    [InlineData(null, 3)]
    public async Task EveryFigureMatchesTheApplicationsCountedOneByOne(int? region, int? profession)
    {
        // "Today" is 1 April 2026: the random terms of March are partly overdue.
        await using var test = await TestDatabase.CreateAsync(new DateTimeOffset(2026, 4, 1, 6, 0, 0, TimeSpan.Zero));
        await SeedAsync(test, 300, seed: 17);
        var filter = new StatisticsFilter(new DateOnly(2026, 1, 20), new DateOnly(2026, 3, 10), region, profession);

        var figures = await test.Get<ReviewStatistics>().ComputeAsync(filter);

        await using var db = test.NewContext();
        var calendar = await CalendarProvider.LoadAsync(db);
        var all = (await db.Applications.AsNoTracking().ToListAsync())
            .Where(a => a.Status != ApplicationStatus.Draft && (region is null || a.Address.RegionId == region) && (profession is null || a.Profession.ProfessionId == profession)).ToList();
        bool In(DateTime? utc) => utc is { } t && KazakhstanTime.DateOf(t) is var d && d >= filter.From && d <= filter.To;
        var received = all.Where(a => In(a.FirstSubmittedAtUtc)).ToList();
        Assert.True(received.Count > 20);
        Assert.Equal(received.Count, figures.Received);
        Assert.Equal(received.GroupBy(a => ReviewStatistics.Week(KazakhstanTime.DateOf(a.FirstSubmittedAtUtc!.Value))).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())),
            figures.ReceivedByWeek.Select(c => (c.Period, c.Count)));
        Assert.Equal(["2026-01", "2026-02", "2026-03"], figures.ReceivedByMonth.Select(c => c.Period));
        Assert.Equal(received.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())), figures.ByState.Select(c => (c.Code, c.Count)));
        Assert.Equal(received.GroupBy(a => a.Address.RegionId!.Value).Select(g => (g.Key, g.Count())).OrderBy(x => x),
            figures.ByRegion.Select(c => (c.Code, c.Count)).OrderBy(x => x));

        var decided = all.Where(a => In(a.DecidedAtUtc)).ToList();
        foreach (var month in figures.TimelinessByMonth)
        {
            var ofMonth = decided.Where(a => ReviewStatistics.Month(KazakhstanTime.DateOf(a.DecidedAtUtc!.Value)) == month.Month).ToList();
            var days = ofMonth.Select(a => calendar.WorkingDaysLeft(KazakhstanTime.DateOf(a.LastSubmittedAtUtc!.Value), KazakhstanTime.DateOf(a.DecidedAtUtc!.Value))).Order().ToList();
            Assert.Equal(ofMonth.Count, month.Decided);
            Assert.Equal(ofMonth.Count(a => KazakhstanTime.DateOf(a.DecidedAtUtc!.Value) <= a.DecisionDeadline), month.WithinTerm);
            Assert.Equal(days[(int)Math.Ceiling(0.5 * days.Count) - 1], month.MedianWorkingDays);
            Assert.Equal(days[(int)Math.Ceiling(0.9 * days.Count) - 1], month.P90WorkingDays);
        }
        Assert.Equal(decided.Count, figures.TimelinessByMonth.Sum(m => m.Decided));

        var returns = all.SelectMany(a => a.History).Where(h => h.Action == HistoryAction.ReturnedForRevision && In(h.AtUtc)).ToList();
        Assert.Equal(Enum.GetValues<ReturnReason>().Select(r => returns.Count(h => h.ReturnReasons.Contains(r))), figures.Returns.Select(c => c.Count));
        Assert.Equal(Enum.GetValues<RefusalReason>().Select(r => decided.Count(a => a.RefusalReason == r)), figures.Refusals.Select(c => c.Count));

        var overdue = all.Where(a => a.Status.AwaitsDecision() && a.DecisionDeadline < new DateOnly(2026, 4, 1)).GroupBy(a => a.HolderId)
            .Select(g => (g.Key, g.Count())).OrderBy(x => x.Key);
        Assert.Equal(overdue, figures.OverdueByAdministrator.Select(o => (o.AdministratorId, o.Count)).OrderBy(x => x.AdministratorId));
    }

    [Fact]
    public async Task NauryzCountsAsDaysOffInTheWorkingDaysToADecision()
    {
        await using var test = await TestDatabase.CreateAsync(new DateTimeOffset(2026, 4, 10, 6, 0, 0, TimeSpan.Zero));
        await using (var db = test.NewContext())
        {
            var calendar = await CalendarProvider.LoadAsync(db);
            // Received Friday 20 March; 23–25 March are Nauryz: the fifth working day is Wednesday 1 April.
            var drafts = new[] { 1, 2 }.Select(decidedOn => (decidedOn, a: Application.StartDraft($"nauryz-{decidedOn}", TestApplications.NowUtc))).ToList();
            foreach (var (_, a) in drafts)
                TestApplications.Fill(a);
            db.Applications.AddRange(drafts.Select(d => d.a));
            await db.SaveChangesAsync();
            foreach (var (decidedOn, a) in drafts)
            {
                a.Submit(new DateTime(2026, 3, 20, 6, 0, 0, DateTimeKind.Utc), calendar);
                a.Claim("admin-1", new DateTime(2026, 3, 20, 7, 0, 0, DateTimeKind.Utc));
                a.Register("admin-1", new DateTime(2026, 4, decidedOn, 6, 0, 0, DateTimeKind.Utc));
            }
            await db.SaveChangesAsync();
        }
        var april = Assert.Single((await test.Get<ReviewStatistics>().ComputeAsync(new StatisticsFilter(new(2026, 4, 1), new(2026, 4, 30)))).TimelinessByMonth);
        Assert.Equal(("2026-04", 2, 1, 5, 6), (april.Month, april.Decided, april.WithinTerm, april.MedianWorkingDays, april.P90WorkingDays));
        Assert.Equal(0.5, april.ShareWithinTerm);
    }

    [Fact]
    public void APercentileIsTheNearestRankOfTheCountedCases()
    {
        Assert.Equal(2, ReviewStatistics.Percentile([(1, 1), (2, 1), (3, 1)], 0.5));
        Assert.Equal(5, ReviewStatistics.Percentile([(1, 8), (5, 2)], 0.9));
        Assert.Equal(1, ReviewStatistics.Percentile([(1, 9), (5, 1)], 0.9));
        Assert.Equal(0, ReviewStatistics.Percentile([], 0.5));
    }
}
