using System.Diagnostics;
using System.Net.Http.Json;
using BlazorRegistry.Tests.Support;
using Microsoft.Data.Sqlite;

namespace BlazorRegistry.Tests.Web.Operations;

/// <summary>
/// Issue #14, point 2: the real app as a separate process, 50 concurrent decisions and eight streams of
/// autosaves, SIGKILL at a random moment of each of 5 rounds, restarted on the same data folder each time. Nothing acknowledged is lost (decisions and autosaves), and every decision stored has
/// exactly one notice. Drives the app through the loopback-only /bench hooks
/// (Registry:Benchmark:Enabled), which call the same services as the board and the wizard.
/// </summary>
[Collection(ProcessTests.Name)]
public class CrashSafety
{
    private const int Applications = 50;
    private const int Kills = 5;
    private static readonly string[] Kinds = ["register", "return", "refuse"];
    private static readonly Dictionary<string, string> Bench = new() { ["Registry__Benchmark__Enabled"] = "true" };

    private sealed record Submitted(int Id, string Number);
    private sealed record Saved(int Id);

    /// <summary>
    /// The app was killed under the request: the client may see that as any of these, a raw socket error
    /// included (seen once). Such an answer never arrived, so nothing counts as acknowledged.
    /// </summary>
    private static bool IsConnectionLost(Exception ex) =>
        ex is HttpRequestException or OperationCanceledException or IOException or System.Net.Sockets.SocketException;

    private static async Task<List<int>> SubmitAsync(HttpClient client, int count)
    {
        var submissions = await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            var response = await client.PostAsync("/bench/submit?withAccount=true", null);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            return (await response.Content.ReadFromJsonAsync<Submitted>())!;
        }));
        return submissions.Select(s => s.Id).ToList();
    }

    [Fact]
    public async Task KilledAtRandomMomentsItLosesNoAcknowledgedDecisionAndNotifiesEachExactlyOnce()
    {
        var folder = Path.Combine(Path.GetTempPath(), "registry-crash-tests", Guid.NewGuid().ToString("N"));
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        var log = TestContext.Current.TestOutputHelper;
        log?.WriteLine($"seed {seed}");
        try
        {
            var app = await AppProcess.StartAsync(folder, Bench);
            var ids = new List<int>();
            var kindOf = new Dictionary<int, string>();
            using (var first = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(60) })
                foreach (var id in await SubmitAsync(first, Applications))
                {
                    ids.Add(id);
                    kindOf[id] = Kinds[ids.Count % Kinds.Length];
                }
            var acknowledged = new HashSet<int>();
            var savedDrafts = new System.Collections.Concurrent.ConcurrentBag<int>();

            for (var round = 1; round <= Kills + 1; round++)
            {
                if (round > 1)
                    app = await AppProcess.StartAsync(folder, Bench);
                var last = round == Kills + 1;
                using var client = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(60) };
                // Every round sends at once a decision for each application not yet acknowledged: all 50 in the
                // first, and what each kill left in the next (a decision committed but killed before its answer
                // is sent again, and answers as a conflict).
                var batch = ids.Where(id => !acknowledged.Contains(id)).ToList();
                using var stop = new CancellationTokenSource();
                var done = 0;
                var decisions = batch.Select(async id =>
                {
                    try
                    {
                        var response = await client.PostAsync($"/bench/decide?id={id}&kind={kindOf[id]}", null, stop.Token);
                        Interlocked.Increment(ref done);
                        if (response.IsSuccessStatusCode)
                            lock (acknowledged) acknowledged.Add(id);
                    }
                    catch (Exception ex) when (IsConnectionLost(ex)) { }
                }).ToList();
                // Applicants typing meanwhile: eight streams of autosaves, each acknowledged one remembered.
                var saving = Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
                {
                    while (!stop.IsCancellationRequested)
                        try
                        {
                            var response = await client.PostAsync("/bench/autosave", null, stop.Token);
                            if (response.IsSuccessStatusCode)
                                savedDrafts.Add((await response.Content.ReadFromJsonAsync<Saved>(stop.Token))!.Id);
                        }
                        catch (Exception ex) when (IsConnectionLost(ex) || ex is System.Text.Json.JsonException) { }
                })));
                if (last)
                {
                    await Task.WhenAll(decisions);
                    stop.Cancel();
                    await saving;
                    break;
                }
                // Kill in the middle of the work: after a random share of this round's decisions answered
                // (at most half, so every round still has decisions in flight).
                var answered = random.Next(0, Math.Max(1, batch.Count / 2));
                var deadline = Stopwatch.StartNew();
                while (Volatile.Read(ref done) < answered && deadline.Elapsed < TimeSpan.FromSeconds(20))
                    await Task.Delay(5);
                await Task.Delay(random.Next(0, 40));
                await app.KillAsync();
                stop.Cancel();
                await Task.WhenAll(decisions);
                await saving;
                log?.WriteLine($"kill {round} at {clock.Elapsed.TotalSeconds:F1} s: {done} of {batch.Count} decisions answered, " +
                    $"{acknowledged.Count} acknowledged so far, {savedDrafts.Count} autosaves");
                if (Environment.GetEnvironmentVariable("REGISTRY_CRASH_LOG") is not null)
                    log?.WriteLine(app.Log[^Math.Min(3000, app.Log.Length)..]);
            }

            // Let the restarted dispatcher finish what the kills left, then kill once more and read the file.
            await WaitForAsync(folder, "SELECT COUNT(*) FROM Outbox WHERE DispatchedAtUtc IS NULL", 0);
            await app.KillAsync();
            SqliteConnection.ClearAllPools();

            await using var db = new SqliteConnection($"Data Source={Path.Combine(folder, "registry.db")};Pooling=False");
            await db.OpenAsync();
            Assert.Equal("ok", await ScalarAsync<string>(db, "PRAGMA integrity_check"));
            // Every acknowledged decision is stored; the last round decided whatever the kills left (a decision
            // committed but killed before its answer shows as a conflict there, and is stored all the same).
            foreach (var id in ids)
            {
                var status = (BlazorRegistry.Core.Applications.ApplicationStatus)await ScalarAsync<long>(db, $"SELECT Status FROM Applications WHERE Id = {id}");
                Assert.Equal(kindOf[id] switch { "register" => "Registered", "return" => "Returned", _ => "Refused" }, status.ToString());
            }
            // Exactly one decision event per application and exactly one notice (inbox and e-mail) per event.
            Assert.Equal(0L, await ScalarAsync<long>(db,
                "SELECT COUNT(*) FROM (SELECT ApplicationId FROM Outbox WHERE Kind IN ('Registered','ReturnedForRevision','Refused') GROUP BY ApplicationId HAVING COUNT(*) <> 1)"));
            Assert.Equal((long)ids.Count, await ScalarAsync<long>(db, "SELECT COUNT(*) FROM Outbox WHERE Kind IN ('Registered','ReturnedForRevision','Refused')"));
            foreach (var channel in new[] { 0, 1 })
                Assert.Equal(0L, await ScalarAsync<long>(db, $"""
                    SELECT COUNT(*) FROM Outbox o
                    WHERE o.Kind IN ('Submitted','Registered','ReturnedForRevision','Refused')
                      AND (SELECT COUNT(*) FROM Notifications n WHERE n.OutboxMessageId = o.Id AND n.Channel = {channel}) <> 1
                    """));
            // Every autosave acknowledged before a kill is stored: its draft exists at the step it saved.
            var drafts = savedDrafts.Distinct().ToList();
            Assert.NotEmpty(drafts);
            Assert.Equal((long)drafts.Count, await ScalarAsync<long>(db, $"SELECT COUNT(*) FROM Applications WHERE LastStep = 2 AND Id IN ({string.Join(",", drafts)})"));
            log?.WriteLine($"{Kills} kills, {ids.Count} decisions ({acknowledged.Count} acknowledged, the others committed before a kill), " +
                $"{drafts.Count} autosaves acknowledged and found, {clock.Elapsed.TotalSeconds:F1} s");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<T> ScalarAsync<T>(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T));
    }

    private static async Task WaitForAsync(string folder, string sql, long expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var db = new SqliteConnection($"Data Source={Path.Combine(folder, "registry.db")};Mode=ReadOnly;Pooling=False");
            await db.OpenAsync();
            var value = await ScalarAsync<long>(db, sql);
            if (value == expected)
                return;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{sql} is {value}, not {expected}, after 30 s");
            await Task.Delay(200);
        }
    }
}
