using System.Diagnostics;
using System.Net.Http.Json;
using BlazorRegistry.Core;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Tests.Browser;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static BlazorRegistry.Tests.Browser.Journeys;

namespace BlazorRegistry.Tests.Deployment;

/// <summary>
/// Issue #18, point 5: deploy/loopback.sh's real deployment (PostgreSQL, two app processes, Debian's nginx with sticky
/// sessions, all on 127.0.0.1) driven from Chromium. A board on instance B shows what is submitted through instance A;
/// two administrators on different instances decide the same application at once and exactly one wins; instance A is
/// killed, B's users carry on and A's user reloads onto B still signed in. Runs in test.sh's PostgreSQL pass, on its server.
/// </summary>
public sealed class TwoInstances(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const int Warmup = 3;
    private const int Submissions = 20;
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private readonly Dictionary<string, string> _deployment = [];
    private ServiceProvider? _core;

    private string Deployed(string name) => _deployment[$"REGISTRY_DEPLOY_{name}"];

    private static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "deploy", "loopback.sh")))
                dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("deploy/loopback.sh not found above the tests' folder");
        }
    }

    private static async Task<string> ScriptAsync(params string[] args)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Root };
        info.ArgumentList.Add(Path.Combine(Root, "deploy", "loopback.sh"));
        foreach (var a in args)
            info.ArgumentList.Add(a);
        // The instances run this build, with the benchmark's loopback-only submission hook (as bench/run.sh does) and no mail server.
        info.Environment["REGISTRY_APP_DLL"] = Path.Combine(AppContext.BaseDirectory, "BlazorRegistry.App.dll");
        info.Environment["Registry__Benchmark__Enabled"] = "true";
        info.Environment["Registry__Smtp__Host"] = "127.0.0.1";
        info.Environment["Registry__Smtp__Port"] = "9";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        // test.sh's PostgreSQL server: a database on it, rather than a cluster of our own.
        info.Environment["REGISTRY_DEPLOY_POSTGRES"] = TestDatabase.PostgreSqlServer;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(4));
        Assert.True(process.ExitCode == 0, $"loopback.sh {string.Join(' ', args)}: {await output}{await error}");
        return await output;
    }

    public async ValueTask InitializeAsync()
    {
        if (TestDatabase.PostgreSqlServer is null)
            return;
        foreach (var line in (await ScriptAsync("start")).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            if (line.StartsWith("export ", StringComparison.Ordinal) && line[7..].Split('=', 2) is [var key, var value])
                _deployment[key] = value.Trim('\'');
        // Core wired to the deployment's database, for the test's own accounts and checks (a third process, as an operator's tool).
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddRegistryCore(DatabaseSettings.PostgreSql(Deployed("PG")), Path.Combine(Deployed("DIR"), "shared", "files"));
        _core = services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        if (_core is null)
            return;
        await _core.DisposeAsync();
        Npgsql.NpgsqlConnection.ClearAllPools();
        if (_deployment.ContainsKey("REGISTRY_DEPLOY_DIR"))
            await ScriptAsync("stop", Deployed("DIR"));
    }

    /// <summary>A browser pinned to one instance by nginx's cookie, as if its first page had come from there.</summary>
    private async Task<IBrowserContext> BrowserOnAsync(string instance)
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = Deployed("URL"), Locale = "kk-KZ" });
        await context.AddCookiesAsync([new Cookie { Name = "registry_instance", Value = instance, Url = Deployed("URL") }]);
        return context;
    }

    private static async Task<string?> InstanceOfAsync(IBrowserContext context) =>
        (await context.CookiesAsync()).FirstOrDefault(c => c.Name == "registry_instance")?.Value;

    private sealed record Submitted(int Id, string Number, long CommittedAtUnixMs);

    /// <summary>A submission made in instance <paramref name="instance"/>'s process, through the wizard's own services (the loopback-only bench hook).</summary>
    private async Task<Submitted> SubmitThroughAsync(string instance)
    {
        var response = await Http.PostAsync($"{Deployed(instance)}/bench/submit?surname={Uri.EscapeDataString("Екіинстансов")}", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Submitted>())!;
    }

    private static async Task<long> SeenOnBoardAsync(IPage board, string number)
    {
        await board.WaitForFunctionAsync("n => n in window.__seen", number, new() { Timeout = 15_000 });
        return (long)await board.EvaluateAsync<double>("n => window.__seen[n]", number);
    }

    [Fact]
    public async Task BoardsHearTheOtherInstanceOneDecisionWinsAndAKilledInstancesUsersLandOnTheOther()
    {
        Assert.SkipWhen(TestDatabase.PostgreSqlServer is null, "Runs in test.sh's PostgreSQL pass (several instances share a PostgreSQL database).");
        var core = _core!;
        var first = await AppAccounts.CreateAsync(core, Roles.Administrator);
        var second = await AppAccounts.CreateAsync(core, Roles.Administrator);
        await using var onA = await BrowserOnAsync("a");
        await using var onB = await BrowserOnAsync("b");
        var pageA = await onA.NewPageAsync();
        await SignInAsync(pageA, first.Email!);
        var pageB = await onB.NewPageAsync();
        await SignInAsync(pageB, second.Email!);
        Assert.Equal(("a", "b"), (await InstanceOfAsync(onA), await InstanceOfAsync(onB)));

        // 1. A board open through B; submissions made through A. Each number's arrival in the board's DOM is timed.
        var board = await onB.NewPageAsync();
        await board.GotoAsync("/review");
        await BrowserFixture.WaitUntilInteractiveAsync(board);
        await Assertions.Expect(board.GetByTestId("live")).ToContainTextAsync("Тікелей жаңартылады");
        await board.EvaluateAsync("""
            () => {
              window.__seen = {};
              new MutationObserver(() => {
                for (const a of document.querySelectorAll('[data-testid=board] tbody a')) {
                  const n = a.textContent.trim();
                  if (!(n in window.__seen)) window.__seen[n] = performance.timeOrigin + performance.now();
                }
              }).observe(document.body, { childList: true, subtree: true, characterData: true });
            }
            """);
        var latencies = new List<long>();
        Submitted? sample = null;
        for (var i = 0; i < Warmup + Submissions; i++)
        {
            var submitted = await SubmitThroughAsync("A");
            var seen = await SeenOnBoardAsync(board, submitted.Number);
            if (i >= Warmup)
                latencies.Add(seen - submitted.CommittedAtUnixMs);
            sample ??= submitted;
            await Task.Delay(100);
        }
        latencies.Sort();
        var p50 = latencies[latencies.Count / 2];
        var p95 = latencies[(int)Math.Ceiling(0.95 * latencies.Count) - 1];
        var report = $"Board on instance B, {Submissions} submissions through instance A: p50 {p50} ms, p95 {p95} ms, max {latencies[^1]} ms (target p95 <= 500 ms)";
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Directory.CreateDirectory(Path.Combine(Root, "TestResults"));
        await File.WriteAllTextAsync(Path.Combine(Root, "TestResults", "two-instances.txt"), report + "\n");
        // Loosely: the poll fallback alone is a second; the figure itself is reported.
        Assert.True(p95 < 2_000, report);

        // 2. The same application open on both instances: the first administrator holds it and registers it, while the
        // second takes it over; both confirm at once. Exactly one of the two moves happens.
        var id = sample!.Id;
        await pageA.GotoAsync($"/review/{id}");
        await BrowserFixture.WaitUntilInteractiveAsync(pageA);
        await pageA.GetByRole(AriaRole.Button, new() { Name = "Қарауға алу" }).ClickAsync();
        await Assertions.Expect(pageA.GetByRole(AriaRole.Button, new() { Name = "Тізілімге енгізу" })).ToBeVisibleAsync();
        await pageB.GotoAsync($"/review/{id}");
        await BrowserFixture.WaitUntilInteractiveAsync(pageB);
        await pageA.GetByRole(AriaRole.Button, new() { Name = "Тізілімге енгізу" }).ClickAsync();
        await pageB.GetByRole(AriaRole.Button, new() { Name = "Қарауды өзіме алу" }).ClickAsync();
        await Task.WhenAll(pageA.GetByTestId("confirm-decision").ClickAsync(), pageB.GetByTestId("confirm-decision").ClickAsync());

        var factory = core.GetRequiredService<IDbContextFactory<RegistryDbContext>>();
        Application decided;
        var waited = Stopwatch.StartNew();
        do
        {
            await Task.Delay(100);
            await using var db = await factory.CreateDbContextAsync();
            decided = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == id);
        } while (decided.Status == ApplicationStatus.InReview && decided.HolderId == first.Id && waited.Elapsed < TimeSpan.FromSeconds(10));
        var registered = decided.Status == ApplicationStatus.Registered;
        var takenOver = decided.Status == ApplicationStatus.InReview && decided.HolderId == second.Id;
        Assert.True(registered ^ takenOver, $"{decided.Status}, held by {decided.HolderId}");
        // Both screens end on what happened (the loser's page says who got there first).
        var status = registered ? "Тізілімге енгізілді" : "Қаралуда";
        await Assertions.Expect(pageA.GetByTestId("status")).ToHaveTextAsync(status);
        await Assertions.Expect(pageB.GetByTestId("status")).ToHaveTextAsync(status);
        await Assertions.Expect((registered ? pageB : pageA).GetByTestId("notice")).ToBeVisibleAsync();

        // 3. Instance A dies (SIGKILL). B's board keeps hearing, and B's administrator keeps working.
        await ScriptAsync("kill", "a", Deployed("DIR"));
        var afterKill = await SubmitThroughAsync("B");
        await SeenOnBoardAsync(board, afterKill.Number);
        await pageB.GotoAsync($"/review/{afterKill.Id}");
        await BrowserFixture.WaitUntilInteractiveAsync(pageB);
        await pageB.GetByRole(AriaRole.Button, new() { Name = "Қарауға алу" }).ClickAsync();
        await Assertions.Expect(pageB.GetByTestId("holder")).ToBeVisibleAsync();

        // A's administrator reloads: nginx sends the page to B, which knows the sign-in (the keys are in the database).
        await pageA.ReloadAsync();
        await ExpectSignedInAsync(pageA);
        await BrowserFixture.WaitUntilInteractiveAsync(pageA);
        await Assertions.Expect(pageA.GetByTestId("status")).ToHaveTextAsync(status);
        Assert.Equal("b", await InstanceOfAsync(onA));
    }
}
