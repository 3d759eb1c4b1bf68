using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Audit;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Rules;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Tests.Core.Calendar;

/// <summary>Issue #17, point 2: administrators edit the calendar; deadlines under review move with it, recorded.</summary>
public class CalendarEdits
{
    private static readonly AuditActor Admin = new("admin-1", "127.0.0.1");
    // Received Friday 20 March 2026 at 15:00 in Astana: 23–25 March are Nauryz, so the fifth working day is 1 April.
    private static readonly DateTime Received = new(2026, 3, 20, 10, 0, 0, DateTimeKind.Utc);

    private static async Task<int> SubmittedAsync(TestDatabase test, DateTime receivedUtc)
    {
        await using var db = test.NewContext();
        var a = TestApplications.Complete($"applicant-{Guid.NewGuid():N}");
        db.Applications.Add(a);
        await db.SaveChangesAsync();
        a.Submit(receivedUtc, await CalendarProvider.LoadAsync(db));
        await db.SaveChangesAsync();
        return a.Id;
    }

    private static async Task<Application> LoadAsync(TestDatabase test, int id)
    {
        await using var db = test.NewContext();
        return await db.Applications.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    [Fact]
    public async Task AnExtraHolidayAndATransferMoveTheDeadlineAndSaySo()
    {
        await using var test = await TestDatabase.CreateAsync();
        var calendar = test.Get<CalendarService>();
        var id = await SubmittedAsync(test, Received);
        var old = await SubmittedAsync(test, Received.AddDays(-60)); // long decided terms are not touched
        Assert.Equal(new DateOnly(2026, 4, 1), (await LoadAsync(test, id)).DecisionDeadline);

        // Thursday 26 March made a day off after Nauryz: one more day.
        Assert.Equal(1, (await calendar.SetDayAsync(Admin, new DateOnly(2026, 3, 26), CalendarDayKind.NonWorking, "Наурыз: қосымша демалыс күні")).Value);
        var moved = await LoadAsync(test, id);
        Assert.Equal(new DateOnly(2026, 4, 2), moved.DecisionDeadline);
        var line = Assert.Single(moved.History, h => h.Action == HistoryAction.DeadlineRecomputed);
        Assert.Equal(("2026-04-01 → 2026-04-02", "admin-1"), (line.Comment, line.ActorId));
        // The board hears of it: the event is published once committed.
        await test.Get<OutboxDispatcher>().DispatchAfterCommitAsync();
        Assert.Contains(test.Events.Published, e => e.Kind == ApplicationEventKind.DeadlineMoved && e.ApplicationId == id);

        // Saturday 28 March made a working day (a government transfer): back to 1 April.
        Assert.Equal(1, (await calendar.SetDayAsync(Admin, new DateOnly(2026, 3, 28), CalendarDayKind.Working, "Постановление: перенос")).Value);
        Assert.Equal(new DateOnly(2026, 4, 1), (await LoadAsync(test, id)).DecisionDeadline);
        // And the 26th back to a plain Thursday: 31 March.
        Assert.Equal(1, (await calendar.SetDayAsync(Admin, new DateOnly(2026, 3, 26), null, null)).Value);
        Assert.Equal(new DateOnly(2026, 3, 31), (await LoadAsync(test, id)).DecisionDeadline);

        Assert.Equal(3, (await LoadAsync(test, id)).History.Count(h => h.Action == HistoryAction.DeadlineRecomputed));
        Assert.DoesNotContain((await LoadAsync(test, old)).History, h => h.Action == HistoryAction.DeadlineRecomputed);
        await using var db = test.NewContext();
        Assert.Equal(3, await db.AuditEntries.CountAsync(e => e.Action == AuditAction.ChangedCalendar && e.ActorId == "admin-1"));
        Assert.Equal(CalendarDayKind.Working, (await db.CalendarDays.SingleAsync(d => d.Date == new DateOnly(2026, 3, 28))).Kind);
        Assert.False(await db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2026, 3, 26)));
    }

    [Fact]
    public async Task AnEditThatMakesNoSenseIsRefusedWithItsReason()
    {
        await using var test = await TestDatabase.CreateAsync();
        var calendar = test.Get<CalendarService>();
        Assert.Equal(ErrorCode.CalendarWorkingOnlyOnWeekend, Assert.Single((await calendar.SetDayAsync(Admin, new DateOnly(2026, 3, 31), CalendarDayKind.Working, "x")).Errors).Code);
        Assert.Equal(ErrorCode.CalendarNonWorkingOnlyOnWeekday, Assert.Single((await calendar.SetDayAsync(Admin, new DateOnly(2026, 3, 29), CalendarDayKind.NonWorking, "x")).Errors).Code);
        Assert.Equal(ErrorCode.Required, Assert.Single((await calendar.SetDayAsync(Admin, new DateOnly(2026, 3, 27), CalendarDayKind.NonWorking, "  ")).Errors).Code);
        Assert.Equal(ErrorCode.TooLong, Assert.Single((await calendar.SetDayAsync(Admin, new DateOnly(2026, 3, 27), CalendarDayKind.NonWorking, new string('x', 201))).Errors).Code);
        Assert.Equal(ErrorCode.CalendarYearOutOfRange, Assert.Single((await calendar.AddYearAsync(Admin, 2101)).Errors).Code);
        await using var db = test.NewContext();
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.ChangedCalendar));
    }

    [Fact]
    public async Task ANewYearIsProposedFromTheHolidayLawOnce()
    {
        await using var test = await TestDatabase.CreateAsync();
        var calendar = test.Get<CalendarService>();
        Assert.Empty(await calendar.YearAsync(2028));
        Assert.True((await calendar.AddYearAsync(Admin, 2028)).Succeeded);
        var days = await calendar.YearAsync(2028);
        Assert.Contains(days, d => d.Date == new DateOnly(2028, 3, 21) && d.Kind == CalendarDayKind.NonWorking); // Nauryz, a Tuesday
        Assert.True((await calendar.AddYearAsync(Admin, 2028)).Succeeded);
        Assert.Equal(days.Count, (await calendar.YearAsync(2028)).Count);
        // The board's banner counts on the new year: it is there now.
        Assert.Null((await test.Get<CalendarProvider>().GetAsync()).MissingYear(new DateOnly(2027, 11, 2)));
    }

    [Fact]
    public async Task AYearWhoseEveryMarkIsRemovedStaysPlainAfterARestart()
    {
        await using var test = await TestDatabase.CreateAsync();
        var calendar = test.Get<CalendarService>();
        foreach (var day in await calendar.YearAsync(2027))
            Assert.True((await calendar.SetDayAsync(Admin, day.Date, null, null)).Succeeded);
        Assert.Empty(await calendar.YearAsync(2027));

        await test.Get<BlazorRegistry.Core.Data.DatabaseInitializer>().InitializeAsync();

        // The seed does not bring the year back: administrators keep the calendar after the first start.
        Assert.Empty(await calendar.YearAsync(2027));
        Assert.NotEmpty(await calendar.YearAsync(2026));
    }
}
