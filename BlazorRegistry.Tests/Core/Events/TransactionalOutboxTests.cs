using BlazorRegistry.App.Notifications;
using BlazorRegistry.Core;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Notifications;
using BlazorRegistry.Core.Review;
using BlazorRegistry.Tests.Core.Applications;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Core.Events;

/// <summary>Issue #14, point 1: the event commits with the change; the notices follow from committed rows, exactly once.</summary>
public class TransactionalOutbox
{
    /// <summary>Stands in for a crash between the commit and the notices: throws while <see cref="Failing"/>.</summary>
    private sealed class Crashing : IOutboxConsumer
    {
        public bool Failing { get; set; }
        public Task ConsumeAsync(RegistryDbContext db, OutboxMessage message, CancellationToken ct) =>
            Failing ? throw new InvalidOperationException("process died") : Task.CompletedTask;
    }

    private static async Task<(TestDatabase Test, Crashing Crash)> CreateAsync()
    {
        var crash = new Crashing();
        var test = await TestDatabase.CreateAsync(configure: s =>
        {
            s.AddSingleton<IOutboxConsumer, ApplicantNotifier>();
            s.AddSingleton<IOutboxConsumer>(crash);
        });
        await using var db = test.NewContext();
        db.Users.Add(new RegistryUser { Id = "applicant-1", UserName = "nurlan@example.kz", Email = "nurlan@example.kz", PreferredLanguage = Language.Russian });
        await db.SaveChangesAsync();
        return (test, crash);
    }

    [Fact]
    public async Task TheEventCommitsWithTheDecisionAndIsDispatchedOnce()
    {
        var (test, _) = await CreateAsync();
        await using var _1 = test;
        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(test);
        var review = test.Get<ReviewService>();
        await review.ClaimAsync(id, "admin-1");
        await review.RegisterAsync(id, "admin-1");

        await using var db = test.NewContext();
        var outbox = await db.Outbox.OrderBy(m => m.Id).ToListAsync();
        Assert.Equal([ApplicationEventKind.Submitted, ApplicationEventKind.Claimed, ApplicationEventKind.Registered], outbox.Select(m => m.Kind));
        Assert.All(outbox, m => Assert.NotNull(m.DispatchedAtUtc));
        Assert.Equal(outbox.Select(m => m.Kind), test.Events.Published.Select(e => e.Kind));
        // Claims tell the boards only; the submission and the decision tell the applicant, in the inbox and by e-mail.
        var notices = await db.Notifications.OrderBy(n => n.Id).ToListAsync();
        Assert.Equal(4, notices.Count);
        Assert.Equal([outbox[0].Id, outbox[0].Id, outbox[2].Id, outbox[2].Id], notices.Select(n => n.OutboxMessageId!.Value));
        Assert.Contains("RS-2026-", notices[2].Subject);
    }

    [Fact]
    public async Task ACrashAfterTheCommitLosesNoNoticeAndTheNextDispatchSendsItOnce()
    {
        var (test, crash) = await CreateAsync();
        await using var _1 = test;
        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(test);
        var review = test.Get<ReviewService>();
        await review.ClaimAsync(id, "admin-1");

        crash.Failing = true;
        var refused = await review.RefuseAsync(id, "admin-1", RefusalReason.DeprivedOfRightToPractise, "Сот үкімі");
        Assert.True(refused.Succeeded); // the decision is committed even though nobody heard of it yet
        await using (var db = test.NewContext())
        {
            Assert.Equal(ApplicationStatus.Refused, (await db.Applications.SingleAsync()).Status);
            var pending = await db.Outbox.SingleAsync(m => m.DispatchedAtUtc == null);
            Assert.Equal(ApplicationEventKind.Refused, pending.Kind);
            Assert.False(await db.Notifications.AnyAsync(n => n.OutboxMessageId == pending.Id));
        }

        // "Restart": the dispatcher resumes from the first undispatched row (once its retry is due: the
        // failure was recorded, 2 s before the next try).
        crash.Failing = false;
        test.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await test.Get<OutboxDispatcher>().DispatchPendingAsync());
        Assert.Equal(0, await test.Get<OutboxDispatcher>().DispatchPendingAsync());
        await using (var db = test.NewContext())
        {
            var refusal = await db.Outbox.SingleAsync(m => m.Kind == ApplicationEventKind.Refused);
            var notices = await db.Notifications.Where(n => n.OutboxMessageId == refusal.Id).ToListAsync();
            Assert.Equal([NotificationChannel.InApp, NotificationChannel.Email], notices.Select(n => n.Channel).Order());
            Assert.Contains("F1", notices[0].Body);
        }
        Assert.Equal(ApplicationEventKind.Refused, test.Events.Published[^1].Kind);
    }

    /// <summary>Throws for one kind of event only: a bug that would fail the same row on every try.</summary>
    private sealed class Poisoned(ApplicationEventKind kind) : IOutboxConsumer
    {
        public bool Cured { get; set; }
        public Task ConsumeAsync(RegistryDbContext db, OutboxMessage message, CancellationToken ct) =>
            !Cured && message.Kind == kind ? throw new InvalidOperationException("a template is missing") : Task.CompletedTask;
    }

    [Fact]
    public async Task ARowThatKeepsFailingIsSetAsideAndHoldsUpNoLaterNotice()
    {
        var poison = new Poisoned(ApplicationEventKind.Claimed);
        await using var test = await TestDatabase.CreateAsync(configure: s =>
        {
            s.AddSingleton<IOutboxConsumer, ApplicantNotifier>();
            s.AddSingleton<IOutboxConsumer>(poison);
        });
        await using (var seed = test.NewContext())
        {
            seed.Users.Add(new RegistryUser { Id = "applicant-1", UserName = "nurlan@example.kz", Email = "nurlan@example.kz" });
            await seed.SaveChangesAsync();
        }
        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(test);
        var review = test.Get<ReviewService>();
        await review.ClaimAsync(id, "admin-1");
        await review.RegisterAsync(id, "admin-1");

        await using var db = test.NewContext();
        var claimed = await db.Outbox.AsNoTracking().SingleAsync(m => m.Kind == ApplicationEventKind.Claimed);
        var registered = await db.Outbox.AsNoTracking().SingleAsync(m => m.Kind == ApplicationEventKind.Registered);
        // The decision after the failing row has its notices, and the boards heard all three, in order.
        Assert.NotNull(registered.DispatchedAtUtc);
        Assert.Equal(2, await db.Notifications.CountAsync(n => n.OutboxMessageId == registered.Id));
        Assert.Equal([ApplicationEventKind.Submitted, ApplicationEventKind.Claimed, ApplicationEventKind.Registered], test.Events.Published.Select(e => e.Kind));
        Assert.Equal(1, claimed.Attempts);
        Assert.Contains("a template is missing", claimed.LastError);

        // Tried with growing waits, then set aside for an administrator.
        var dispatcher = test.Get<OutboxDispatcher>();
        for (var i = 0; i < OutboxMessage.MaxAttempts; i++)
        {
            test.Time.Advance(TimeSpan.FromMinutes(5));
            await dispatcher.DispatchPendingAsync();
        }
        var backlog = await dispatcher.BacklogAsync();
        Assert.Equal(claimed.Id, Assert.Single(backlog.SetAside).Id);
        Assert.Null(backlog.OldestPendingAtUtc);
        Assert.Equal(3, test.Events.Published.Count); // published once, not at every try

        poison.Cured = true;
        Assert.True(await dispatcher.RetryAsync(claimed.Id));
        Assert.NotNull((await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == claimed.Id)).DispatchedAtUtc);
        Assert.Empty((await dispatcher.BacklogAsync()).SetAside);
        Assert.False(await dispatcher.RetryAsync(claimed.Id));
    }

    [Fact]
    public async Task ARowDispatchedAgainAfterItsNoticesCommittedNeverNotifiesTwice()
    {
        var (test, _) = await CreateAsync();
        await using var _1 = test;
        await ApplicationServiceDrafts.SeedSubmittedAsync(test);
        await using var db = test.NewContext();
        // As if another instance had written the notices but died before marking the row.
        await db.Outbox.ExecuteUpdateAsync(s => s.SetProperty(m => m.DispatchedAtUtc, (DateTime?)null));

        Assert.Equal(1, await test.Get<OutboxDispatcher>().DispatchPendingAsync());
        Assert.Equal(2, await db.Notifications.CountAsync());
        // And the database itself refuses a second notice for the same event and channel.
        var first = await db.Notifications.AsNoTracking().FirstAsync();
        db.Notifications.Add(Notification.Create(first.UserId, first.Channel, "", "S", "B", DateTime.UtcNow, outboxMessageId: first.OutboxMessageId));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task ASecondInstanceOnTheSameDatabaseHearsTheCommittedEventsInOrder()
    {
        var (test, _) = await CreateAsync();
        await using var _1 = test;
        // Another server process: its own dispatcher and listeners, the same database.
        var otherListeners = new RecordingEvents();
        var other = new OutboxDispatcher(test.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<RegistryDbContext>>(), test.Get<RegistryDatabase>(), [], otherListeners, test.Time,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<OutboxDispatcher>.Instance);
        await other.DispatchPendingAsync(); // it starts: nothing yet

        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(test);
        await test.Get<ReviewService>().ClaimAsync(id, "admin-1");
        Assert.Empty(otherListeners.Published);

        Assert.Equal(0, await other.DispatchPendingAsync()); // its poll: nothing to dispatch, two events to announce
        Assert.Equal([ApplicationEventKind.Submitted, ApplicationEventKind.Claimed], otherListeners.Published.Select(e => e.Kind));
        await other.DispatchPendingAsync();
        Assert.Equal(2, otherListeners.Published.Count); // never twice
        await using var db = test.NewContext();
        Assert.Equal(2, await db.Notifications.CountAsync()); // and the notices were written once, by the first instance
    }
}
