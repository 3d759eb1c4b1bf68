using System.Collections.Concurrent;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Audit;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Notifications;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Register;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Data;

/// <summary>
/// Issue #18, point 3: with two instances on one PostgreSQL database, every e-mail and SMS goes out once, every
/// category reminder is recorded once, and an administrator's edit of the reference lists or the calendar through
/// one instance drops the other's cached copy at once. PostgreSQL pass only.
/// </summary>
public class WorkAcrossInstances
{
    private static readonly AuditActor Admin = new("admin-1", "127.0.0.1");

    /// <summary>A mail server that takes a moment per message, so two workers overlap; counts each subject it is given.</summary>
    private sealed class SlowMail(ConcurrentDictionary<string, int> sent) : IEmailTransport
    {
        public async Task SendAsync(string to, string subject, string body, CancellationToken ct)
        {
            sent.AddOrUpdate(subject, 1, (_, n) => n + 1);
            await Task.Delay(2, ct);
        }
    }

    [Fact]
    public async Task TwoInstancesDeliverEachMessageOnce()
    {
        Assert.SkipWhen(TestDatabase.PostgreSqlServer is null, "Several instances share a PostgreSQL database only.");
        var sent = new ConcurrentDictionary<string, int>();
        await using var a = await TestDatabase.CreateAsync(configure: s => s.AddSingleton<IEmailTransport>(new SlowMail(sent)));
        string userId;
        await using (var db = a.NewContext())
        {
            var user = new BlazorRegistry.Core.Accounts.RegistryUser { UserName = "u@example.kz", Email = "u@example.kz" };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            userId = user.Id;
        }
        const int count = 150;
        for (var i = 0; i < count; i++)
            await a.Get<NotificationService>().SendAsync(userId, NotificationChannel.Email, "u@example.kz", new Message($"S{i}", "B"));
        await using var b = a.SecondInstance(configure: s => s.AddSingleton<IEmailTransport>(new SlowMail(sent)));

        static async Task DrainAsync(NotificationService service)
        {
            while (await service.DeliverDueAsync(NotificationChannel.Email) > 0) { }
        }
        await Task.WhenAll(Task.Run(() => DrainAsync(a.Get<NotificationService>())), Task.Run(() => DrainAsync(b.GetRequiredService<NotificationService>())));

        Assert.Equal(count, sent.Count);
        Assert.All(sent, pair => Assert.Equal(1, pair.Value));
        await using var check = a.NewContext();
        var rows = await check.Notifications.Where(n => n.Channel == NotificationChannel.Email).ToListAsync();
        Assert.All(rows, n => Assert.Equal((DeliveryStatus.Sent, 1, (DateTime?)null), (n.Status, n.Attempts, n.ClaimedUntilUtc)));
    }

    [Fact]
    public async Task TwoInstancesRemindEachSpecialistOnce()
    {
        Assert.SkipWhen(TestDatabase.PostgreSqlServer is null, "Several instances share a PostgreSQL database only.");
        await using var a = await TestDatabase.CreateAsync();
        string[] names = ["Нұрлан", "Дана", "Айгерім", "Ерлан", "Мадина", "Асқар", "Гүлнар", "Бауыржан"];
        var count = names.Length;
        for (var i = 0; i < count; i++)
            await Registered.CreateAsync(a.Services, $"applicant-{i}", "Сейтқали", names[i], new Consent(true));
        // The test specialists' category (assigned 1 April 2024, three years) lapses on 1 April 2027: 30 days before it.
        a.Time.SetUtcNow(new DateTimeOffset(2027, 3, 2, 7, 0, 0, TimeSpan.Zero));
        await using var b = a.SecondInstance();

        var sent = await Task.WhenAll(Task.Run(() => a.Get<CategoryReminders>().SendDueAsync()),
            Task.Run(() => b.GetRequiredService<CategoryReminders>().SendDueAsync()));

        Assert.Equal(count, sent.Sum());
        await using var check = a.NewContext();
        Assert.Equal(count, await check.CategoryReminders.CountAsync());
        Assert.Equal(count, await check.Outbox.CountAsync(m => m.Kind == ApplicationEventKind.EntryCategoryLapsing));
        // And once more from either changes nothing.
        Assert.Equal(0, await b.GetRequiredService<CategoryReminders>().SendDueAsync());
    }

    [Fact]
    public async Task AnEditThroughOneInstanceDropsTheOthersCachedListsAndCalendarAtOnce()
    {
        Assert.SkipWhen(TestDatabase.PostgreSqlServer is null, "Several instances share a PostgreSQL database only.");
        await using var a = await TestDatabase.CreateAsync();
        await using var b = a.SecondInstance();
        var dispatcherOfB = b.GetRequiredService<OutboxDispatcher>();
        await dispatcherOfB.DispatchPendingAsync(); // B is running: it hears what is committed from now on
        var listsOfB = b.GetRequiredService<ReferenceDataProvider>();
        var calendarOfB = b.GetRequiredService<CalendarProvider>();
        var region = (await listsOfB.GetAsync()).Regions.First();
        var day = new DateOnly(2026, 4, 8); // a plain Wednesday
        Assert.True((await calendarOfB.GetAsync()).IsWorkingDay(day)); // both cached now, for a minute

        var renamed = await a.Get<ReferenceDataService>().SaveAsync(Admin, region.Id,
            new ReferenceItemInput(ReferenceList.Regions, region.NameKk + " (түзетілді)", region.NameRu + " (исправлено)") { Code = region.Code });
        Assert.True(renamed.Succeeded, string.Join(", ", renamed.Errors));
        Assert.True((await a.Get<CalendarService>().SetDayAsync(Admin, day, CalendarDayKind.NonWorking, "Үкімет қаулысы")).Succeeded);

        // What B's background loop does when PostgreSQL tells it of A's commit (no clock moves: the minute has not passed).
        await dispatcherOfB.DispatchPendingAsync();
        Assert.Equal(region.NameRu + " (исправлено)", (await listsOfB.GetAsync()).Regions.Single(r => r.Id == region.Id).NameRu);
        Assert.False((await calendarOfB.GetAsync()).IsWorkingDay(day));
    }

    [Fact]
    public async Task AStrangersWrongCodesCountAcrossInstancesAsAnAccountsDo()
    {
        Assert.SkipWhen(TestDatabase.PostgreSqlServer is null, "Several instances share a PostgreSQL database only.");
        await using var a = await TestDatabase.CreateAsync();
        await using var b = a.SecondInstance();
        var onA = a.Get<UnknownIdentifierCodeLock>();
        var onB = b.GetRequiredService<UnknownIdentifierCodeLock>();

        // Four wrong codes through A, the fifth through B (nginx's cookie lets a visitor pick the instance): locked, as an
        // account would be after five; before, each instance counted five of its own and "invalid" told there was no account.
        var phone = UnknownIdentifierCodeLock.KeyOf("+7 701 555 00 99");
        for (var i = 0; i < 4; i++)
            Assert.False(await onA.RecordWrongAsync(phone));
        Assert.True(await onB.RecordWrongAsync(phone));
        Assert.True(await onA.RecordWrongAsync(phone));

        // Ten at once, half through each: exactly four are counted before the lock, whatever the order.
        var mail = UnknownIdentifierCodeLock.KeyOf("stranger@example.kz");
        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => (i % 2 == 0 ? onA : onB).RecordWrongAsync(mail))));
        Assert.Equal(4, answers.Count(locked => !locked));
        await using var db = a.NewContext();
        Assert.DoesNotContain(await db.UnknownIdentifierCodeCounts.Select(c => c.KeyHash).ToListAsync(), h => h.Contains('@') || h.Contains('+'));
    }
}
