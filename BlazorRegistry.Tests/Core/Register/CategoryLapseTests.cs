using System.Globalization;
using BlazorRegistry.App.Localization;
using BlazorRegistry.App.Notifications;
using BlazorRegistry.App.Register;
using BlazorRegistry.Core;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Register;
using BlazorRegistry.Core.Review;
using BlazorRegistry.Tests.Core.Applications;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;

namespace BlazorRegistry.Tests.Core.Register;

/// <summary>
/// A category is assigned for 3 years (social workers) or 5 (teachers): the specialist is reminded 90 and
/// 30 days before it lapses, once each; then the register shows it as lapsed (issue #15).
/// The test specialist's first category was assigned on 1 April 2024, so it lapses on 1 April 2027.
/// </summary>
public class CategoryLapse
{
    private static readonly DateOnly Lapses = new(2027, 4, 1);

    private static async Task<string> RegisterAsync(TestDatabase test)
    {
        var (service, id) = await ApplicationServiceDrafts.SeedCompleteDraftAsync(test, "a1");
        var draft = await service.LoadOwnAsync(id, "a1");
        Assert.True((await service.SubmitAsync(id, "a1", draft!.Version)).Succeeded);
        await test.Get<ReviewService>().ClaimAsync(id, "admin");
        return (await test.Get<ReviewService>().RegisterAsync(id, "admin")).Value!.ReferenceNumber!;
    }

    /// <summary>Noon in Astana on <paramref name="day"/>.</summary>
    private static DateTimeOffset On(DateOnly day) => new(day.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero);

    [Fact]
    public void ACategoryLapsesAfterItsScalesYearsAndWithoutCategoryNever()
    {
        var catalog = ReferenceCatalog.Seeded;
        Assert.Equal(new DateOnly(2027, 4, 1), catalog.Category(2)!.LapsesOn(new DateOnly(2024, 4, 1)));   // первая: 3 years
        Assert.Equal(new DateOnly(2029, 4, 1), catalog.Category(6)!.LapsesOn(new DateOnly(2024, 4, 1)));   // педагог-модератор: 5
        Assert.Null(catalog.Category(4)!.LapsesOn(new DateOnly(2024, 4, 1)));                              // без категории
        Assert.Null(CategoryReminders.StageOn(Lapses, Lapses.AddDays(-91)));
        Assert.Equal(90, CategoryReminders.StageOn(Lapses, Lapses.AddDays(-90)));
        Assert.Equal(90, CategoryReminders.StageOn(Lapses, Lapses.AddDays(-31)));
        Assert.Equal(30, CategoryReminders.StageOn(Lapses, Lapses.AddDays(-30)));
        Assert.Equal(30, CategoryReminders.StageOn(Lapses, Lapses.AddDays(-1)));
        Assert.Null(CategoryReminders.StageOn(Lapses, Lapses));
    }

    [Fact]
    public async Task TheSpecialistIsReminded90And30DaysBeforeOnceEachWhateverHowOftenTheJobRuns()
    {
        await using var test = await TestDatabase.CreateAsync();
        await RegisterAsync(test);
        var reminders = test.Get<CategoryReminders>();
        int LapsingEvents() => test.Events.Published.Count(e => e.Kind == ApplicationEventKind.EntryCategoryLapsing);

        test.Time.SetUtcNow(On(Lapses.AddDays(-91)));
        Assert.Equal(0, await reminders.SendDueAsync());
        test.Time.SetUtcNow(On(Lapses.AddDays(-90)));
        Assert.Equal(1, await reminders.SendDueAsync());
        Assert.Equal(0, await reminders.SendDueAsync());
        test.Time.SetUtcNow(On(Lapses.AddDays(-45)));
        Assert.Equal(0, await reminders.SendDueAsync());
        test.Time.SetUtcNow(On(Lapses.AddDays(-30)));
        Assert.Equal(1, await reminders.SendDueAsync());
        Assert.Equal(0, await reminders.SendDueAsync());
        test.Time.SetUtcNow(On(Lapses));
        Assert.Equal(0, await reminders.SendDueAsync());

        Assert.Equal(2, LapsingEvents());
        await using var db = test.NewContext();
        Assert.Equal([90, 30], await db.CategoryReminders.OrderBy(r => r.Id).Select(r => r.Stage).ToListAsync());
    }

    [Fact]
    public async Task AnEntryFirstSeenInsideThirtyDaysGetsOnlyTheLastReminderAndAnExcludedOneNone()
    {
        await using var test = await TestDatabase.CreateAsync();
        var number = await RegisterAsync(test);
        test.Time.SetUtcNow(On(Lapses.AddDays(-10)));
        Assert.Equal(1, await test.Get<CategoryReminders>().SendDueAsync());
        await using (var db = test.NewContext())
            Assert.Equal(30, (await db.CategoryReminders.SingleAsync()).Stage);

        await using var other = await TestDatabase.CreateAsync();
        var otherNumber = await RegisterAsync(other);
        await other.Get<EntryService>().ExcludeAsync(otherNumber, new("admin", null), ExclusionReason.Death,
            BlazorRegistry.Core.Calendar.KazakhstanTime.Today(other.Time), "Анықтама");
        other.Time.SetUtcNow(On(Lapses.AddDays(-10)));
        Assert.Equal(0, await other.Get<CategoryReminders>().SendDueAsync());
    }

    [Fact]
    public async Task TheReminderLoopRunsOnItsScheduleUnderAFakeClock()
    {
        await using var test = await TestDatabase.CreateAsync();
        await RegisterAsync(test);
        test.Time.SetUtcNow(On(Lapses.AddDays(-91)));
        using var loop = new CategoryReminderLoop(test.Get<CategoryReminders>(), test.Time, NullLogger<CategoryReminderLoop>.Instance);
        await loop.StartAsync(CancellationToken.None);
        async Task<int> SentAsync()
        {
            await using var db = test.NewContext();
            return await db.CategoryReminders.CountAsync();
        }
        await Task.Delay(200);
        Assert.Equal(0, await SentAsync());

        // A day later, four six-hour ticks: the 90-day reminder goes once.
        for (var tick = 0; tick < 4; tick++)
            test.Time.Advance(CategoryReminderLoop.Interval);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await SentAsync() == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.Equal(1, await SentAsync());
        await loop.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task TheBoardListsThoseWhoseCategoryLapsesWithinNinetyDays()
    {
        await using var test = await TestDatabase.CreateAsync();
        await RegisterAsync(test);
        var queue = test.Get<ReviewQueue>();
        var query = new BoardQuery(CategoryLapsingOnly: true);
        Assert.Empty((await queue.SearchAsync(query, "admin", Lapses.AddDays(-91))).Rows);
        Assert.Equal("Сейтқали Нұрлан Әлиұлы", Assert.Single((await queue.SearchAsync(query, "admin", Lapses.AddDays(-60))).Rows).FullName);
        Assert.Empty((await queue.SearchAsync(query, "admin", Lapses.AddDays(1))).Rows);
    }

    [Theory]
    [InlineData("kk-KZ", "қолданылу мерзімі өткен: 01.04.2027")]
    [InlineData("ru-RU", "срок действия истёк: 01.04.2027")]
    public async Task TheRegisterShowsALapsedCategoryAsLapsedNotRemoved(string culture, string lapsed)
    {
        await using var test = await TestDatabase.CreateAsync();
        var number = await RegisterAsync(test);
        var row = (await test.Get<RegisterService>().FindAsync(number, RegisterAudience.Public))!;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
        var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var text = services.GetRequiredService<IStringLocalizer<SharedResource>>();

        var before = new RegisterColumns(text, ReferenceCatalog.Seeded, Lapses.AddDays(-1)).Cells(row)[8];
        var after = new RegisterColumns(text, ReferenceCatalog.Seeded, Lapses).Cells(row)[8];
        Assert.DoesNotContain(lapsed, before);
        Assert.Contains(lapsed, after);
        Assert.StartsWith(before, after);   // still named, with its date and commission

        var entry = (await test.Get<EntryService>().FindOwnAsync("a1"))!;
        var notice = ApplicantNotifier.ComposeCategoryLapsing(entry, ReferenceCatalog.Seeded, culture == "kk-KZ" ? Language.Kazakh : Language.Russian);
        Assert.Contains(culture == "kk-KZ" ? "2027 жылғы 1 сәуірде өтеді" : "истекает 1 апреля 2027 года", notice.Subject);
        Assert.Contains(culture == "kk-KZ" ? "Бірінші санат" : "Первая категория", notice.Body);
    }
}
