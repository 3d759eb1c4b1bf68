using System.Diagnostics;
using System.Net.Http.Json;
using BlazorRegistry.Tests.Support;
using Microsoft.Data.Sqlite;

namespace BlazorRegistry.Tests.Web.Operations;

/// <summary>
/// Issue #14, point 2: the real app as a separate process, 50 concurrent decisions and autosaves, SIGKILL at
/// random moments (5 times), restarted on the same data folder each time. Nothing acknowledged is lost, and
/// every decision stored has exactly one notice. Drives the app through the loopback-only /bench hooks
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
            List<int> ids;
            using (var client = new HttpClient { BaseAddress = app.Address })
            {
                var submissions = await Task.WhenAll(Enumerable.Range(0, Applications).Select(async i =>
                {
                    var response = await client.PostAsync("/bench/submit?withAccount=true", null);
                    Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
                    return (await response.Content.ReadFromJsonAsync<Submitted>())!;
                }));
                ids = submissions.Select(s => s.Id).ToList();
            }
            var kindOf = ids.Select((id, i) => (id, Kinds[i % Kinds.Length])).ToDictionary(x => x.id, x => x.Item2);
            var acknowledged = new HashSet<int>();
            var attempted = new HashSet<int>();
            var autosaves = 0;

            for (var round = 1; round <= Kills + 1; round++)
            {
                if (round > 1)
                    app = await AppProcess.StartAsync(folder, Bench);
                var last = round == Kills + 1;
                var batch = ids.Where(id => !acknowledged.Contains(id)).OrderBy(attempted.Contains).Take(last ? Applications : 12).ToList();
                using var client = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(30) };
                using var stop = new CancellationTokenSource();
                var done = 0;
                var decisions = batch.Select(async id =>
                {
                    attempted.Add(id);
                    try
                    {
                        var response = await client.PostAsync($"/bench/decide?id={id}&kind={kindOf[id]}", null, stop.Token);
                        Interlocked.Increment(ref done);
                        if (response.IsSuccessStatusCode)
                            lock (acknowledged) acknowledged.Add(id);
                    }
                    catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException) { }
                }).ToList();
                var saving = Task.Run(async () =>
                {
                    while (!stop.IsCancellationRequested)
                        try
                        {
                            if ((await client.PostAsync("/bench/autosave", null, stop.Token)).IsSuccessStatusCode)
                                Interlocked.Increment(ref autosaves);
                        }
                        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException) { }
                });
                if (last)
                {
                    await Task.WhenAll(decisions);
                    stop.Cancel();
                    await saving;
                    break;
                }
                // Kill in the middle of the work: after a random share of this round's decisions answered.
                var answered = random.Next(1, batch.Count - 2);
                var deadline = Stopwatch.StartNew();
                while (Volatile.Read(ref done) < answered && deadline.Elapsed < TimeSpan.FromSeconds(15))
                    await Task.Delay(5);
                await Task.Delay(random.Next(0, 40));
                await app.KillAsync();
                stop.Cancel();
                await Task.WhenAll(decisions);
                await saving;
                log?.WriteLine($"kill {round} at {clock.Elapsed.TotalSeconds:F1} s: {acknowledged.Count} decisions acknowledged so far ({done} of {batch.Count} answered)");
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
            Assert.Equal((long)Applications, await ScalarAsync<long>(db, "SELECT COUNT(*) FROM Outbox WHERE Kind IN ('Registered','ReturnedForRevision','Refused')"));
            foreach (var channel in new[] { 0, 1 })
                Assert.Equal(0L, await ScalarAsync<long>(db, $"""
                    SELECT COUNT(*) FROM Outbox o
                    WHERE o.Kind IN ('Submitted','Registered','ReturnedForRevision','Refused')
                      AND (SELECT COUNT(*) FROM Notifications n WHERE n.OutboxMessageId = o.Id AND n.Channel = {channel}) <> 1
                    """));
            log?.WriteLine($"{Kills} kills, {Applications} decisions ({acknowledged.Count} acknowledged, the others committed before a kill), " +
                $"{autosaves} autosaves acknowledged, {clock.Elapsed.TotalSeconds:F1} s");
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
