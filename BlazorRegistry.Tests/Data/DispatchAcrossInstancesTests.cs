using System.Collections.Concurrent;
using BlazorRegistry.Core;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Notifications;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Data;

/// <summary>
/// Issue #18, point 3: two instances' dispatchers racing over the same outbox consume each row once, and record no
/// failure for a row the other one took (FOR UPDATE SKIP LOCKED). PostgreSQL pass only.
/// </summary>
public class DispatchAcrossInstances
{
    /// <summary>Counts what it is given, slowly enough that two dispatchers overlap.</summary>
    private sealed class CountingConsumer(ConcurrentDictionary<long, int> seen) : IOutboxConsumer
    {
        public async Task ConsumeAsync(RegistryDbContext db, OutboxMessage message, CancellationToken ct)
        {
            seen.AddOrUpdate(message.Id, 1, (_, n) => n + 1);
            await Task.Delay(5, ct);
        }
    }

    [Fact]
    public async Task TwoDispatchersConsumeEachRowOnce()
    {
        Assert.SkipWhen(TestDatabase.PostgreSqlServer is null, "Several instances share a PostgreSQL database only.");
        var seen = new ConcurrentDictionary<long, int>();
        await using var a = await TestDatabase.CreateAsync(configure: s => s.AddSingleton<IOutboxConsumer>(new CountingConsumer(seen)));
        var id = await Registered.SubmittedAsync(a.Services, "applicant-1", "Сейтқали", "Нұрлан");
        await using (var db = a.NewContext())
        {
            var application = await db.Applications.SingleAsync(x => x.Id == id);
            for (var i = 0; i < 300; i++)
                db.Outbox.Add(OutboxMessage.For(application, ApplicationEventKind.Claimed, "admin-1", TestApplications.NowUtc));
            await db.SaveChangesAsync();
        }
        await using var b = a.SecondInstance(configure: s => s.AddSingleton<IOutboxConsumer>(new CountingConsumer(seen)));

        await Task.WhenAll(
            Task.Run(() => a.Get<OutboxDispatcher>().DispatchPendingAsync()),
            Task.Run(() => b.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync()));

        await using var check = a.NewContext();
        Assert.Equal(0, await check.Outbox.CountAsync(m => m.DispatchedAtUtc == null));
        Assert.Equal(0, await check.Outbox.SumAsync(m => m.Attempts));
        Assert.True(seen.Count >= 300);
        Assert.All(seen, pair => Assert.Equal(1, pair.Value));
    }
}
