using BlazorRegistry.Core;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BlazorRegistry.Tests.Support;

/// <summary>
/// A real SQLite file in a temp folder, migrated and seeded like the app does, with Core's services
/// wired as in production and a clock the test controls. Never EF InMemory: it hides SQL behaviour.
/// With REGISTRY_TEST_POSTGRES set (a connection string to a server test.sh starts, issue #18) it is a fresh
/// PostgreSQL database on that server instead, dropped afterwards: the same tests then run against PostgreSQL.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>The PostgreSQL server the Core and Data tests run against in test.sh's second pass; null: SQLite.</summary>
    public static string? PostgreSqlServer => Environment.GetEnvironmentVariable("REGISTRY_TEST_POSTGRES") is { Length: > 0 } cs ? cs : null;

    private readonly string? _postgresDatabase;

    public string Folder { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "registry-tests", Guid.NewGuid().ToString("N"));
    public string Path => System.IO.Path.Combine(Folder, "registry.db");
    public FakeTimeProvider Time { get; }
    /// <summary>The database this test's services use (a second "instance" can be wired to the same one).</summary>
    public DatabaseSettings Settings { get; }
    public ServiceProvider Services { get; }
    public RecordingEvents Events { get; } = new();
    public RecordingEmail Email { get; } = new();

    private TestDatabase(DateTimeOffset now, Action<IServiceCollection>? configure = null, bool sqlite = false)
    {
        _postgresDatabase = sqlite || PostgreSqlServer is null ? null : $"registry_test_{Guid.NewGuid():N}";
        Time = new FakeTimeProvider(now);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        Settings = _postgresDatabase is null ? DatabaseSettings.SqliteFile(Path)
            : DatabaseSettings.PostgreSql(new Npgsql.NpgsqlConnectionStringBuilder(PostgreSqlServer) { Database = _postgresDatabase }.ConnectionString);
        services.AddRegistryCore(Settings, System.IO.Path.Combine(Folder, "files"));
        services.AddSingleton<IApplicationEvents>(Events);
        services.AddSingleton<IEmailTransport>(Email);
        configure?.Invoke(services);
        Services = services.BuildServiceProvider();
    }

    /// <summary>"Now" defaults to a Wednesday morning in Astana: 2026-03-18 10:00 UTC+5.</summary>
    /// <param name="sqlite">A SQLite file whatever the pass (a copy's source, say).</param>
    public static async Task<TestDatabase> CreateAsync(DateTimeOffset? now = null, bool initialize = true, Action<IServiceCollection>? configure = null,
        bool sqlite = false)
    {
        var db = new TestDatabase(now ?? new DateTimeOffset(2026, 3, 18, 5, 0, 0, TimeSpan.Zero), configure, sqlite);
        if (db._postgresDatabase is { } name)
            await ServerCommandAsync($"CREATE DATABASE \"{name}\"");
        if (initialize)
            await db.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return db;
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>
    /// Another server process on this same database (issue #18): Core wired as in production, its own listeners
    /// (<paramref name="events"/>), its own clock at this one's time.
    /// </summary>
    public ServiceProvider SecondInstance(IApplicationEvents? events = null, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Time.GetUtcNow()));
        services.AddRegistryCore(Settings, System.IO.Path.Combine(Folder, "files"));
        services.AddSingleton(events ?? new RecordingEvents());
        services.AddSingleton<IEmailTransport>(new RecordingEmail());
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public RegistryDbContext NewContext() => Get<IDbContextFactory<RegistryDbContext>>().CreateDbContext();

    internal static async Task ServerCommandAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(PostgreSqlServer);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_postgresDatabase is { } name)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await ServerCommandAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Keeps every published event, in order, for assertions.</summary>
public sealed class RecordingEvents : IApplicationEvents
{
    private readonly InProcessApplicationEvents _inner = new(NullLogger<InProcessApplicationEvents>.Instance);
    private readonly List<ApplicationEvent> _published = [];

    public IReadOnlyList<ApplicationEvent> Published { get { lock (_published) return [.. _published]; } }

    public async Task PublishAsync(ApplicationEvent applicationEvent)
    {
        lock (_published) _published.Add(applicationEvent);
        await _inner.PublishAsync(applicationEvent);
    }

    public long PublishedCount => _inner.PublishedCount;

    /// <summary>False stands in for a screen whose live connection missed what happened next.</summary>
    public bool SubscribersHear { get; set; } = true;

    public IDisposable Subscribe(Func<ApplicationEvent, Task> handler) =>
        _inner.Subscribe(e => SubscribersHear ? handler(e) : Task.CompletedTask);
}

/// <summary>Keeps sent e-mails; fails the first <see cref="FailuresLeft"/> sends like a refusing server.</summary>
public sealed class RecordingEmail : IEmailTransport
{
    private readonly List<(string To, string Subject, string Body)> _sent = [];
    public int FailuresLeft { get; set; }
    public IReadOnlyList<(string To, string Subject, string Body)> Sent { get { lock (_sent) return [.. _sent]; } }

    public Task SendAsync(string to, string subject, string body, CancellationToken ct)
    {
        lock (_sent)
        {
            if (FailuresLeft > 0)
            {
                FailuresLeft--;
                throw new InvalidOperationException("SMTP server refused");
            }
            _sent.Add((to, subject, body));
        }
        return Task.CompletedTask;
    }
}
