using System.Diagnostics;
using BlazorRegistry.Core;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Notifications;
using BlazorRegistry.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BlazorRegistry.Tests.Data;

/// <summary>
/// Issue #18, point 3: an event committed through one instance reaches another instance's listeners (its boards,
/// its page cache) through PostgreSQL's LISTEN/NOTIFY, and after a lost connection nothing committed meanwhile is
/// missed. Runs in test.sh's PostgreSQL pass.
/// </summary>
public class EventsAcrossInstances
{
    [Fact]
    public async Task ASubmissionThroughInstanceAReachesInstanceBAndALostConnectionCatchesUp()
    {
        Assert.SkipWhen(TestDatabase.PostgreSqlServer is null, "LISTEN/NOTIFY is PostgreSQL's; one SQLite process hears its own events.");
        await using var a = await TestDatabase.CreateAsync();
        var eventsOfB = new RecordingEvents();
        await using var b = a.SecondInstance(eventsOfB);
        var dispatcherOfB = b.GetRequiredService<OutboxDispatcher>();
        var signals = 0;
        using var stop = new CancellationTokenSource();
        var listening = b.GetRequiredService<RegistryDatabase>().ListenForOutboxAsync(() =>
        {
            Interlocked.Increment(ref signals);
            _ = dispatcherOfB.DispatchPendingAsync();
        }, stop.Token);
        await WaitUntilAsync(() => signals > 0); // connected: the first signal is the catch-up

        var clock = Stopwatch.StartNew();
        var first = await Registered.SubmittedAsync(a.Services, "applicant-a1", "Әлиева", "Дана");
        await WaitUntilAsync(() => eventsOfB.Published.Any(e => e.ApplicationId == first && e.Kind == ApplicationEventKind.Submitted));
        // Loosely: the poll fallback alone would take up to a second.
        Assert.True(clock.ElapsedMilliseconds < 3_000, $"{clock.ElapsedMilliseconds} ms");

        // B's listening connection drops (a restart of the server, a network cut); A commits meanwhile.
        await using (var admin = new Npgsql.NpgsqlConnection(a.Settings.Connection))
        {
            await admin.OpenAsync();
            await using var kill = new Npgsql.NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()", admin);
            await kill.ExecuteNonQueryAsync();
        }
        var second = await Registered.SubmittedAsync(a.Services, "applicant-a2", "Омарова", "Айгерім");
        await WaitUntilAsync(() => eventsOfB.Published.Any(e => e.ApplicationId == second && e.Kind == ApplicationEventKind.Submitted));
        // In order, each once.
        var submitted = eventsOfB.Published.Where(e => e.Kind == ApplicationEventKind.Submitted).Select(e => e.ApplicationId).ToList();
        Assert.Equal([first, second], submitted);

        await stop.CancelAsync();
        await listening;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(10), "waited 10 s");
            await Task.Delay(20);
        }
    }
}
