using System.Data.Common;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace BlazorRegistry.Core.Data.PostgreSql;

/// <summary>PostgreSQL (issue #18): a connection string; migrations in Data/PostgreSql/Migrations, the audit triggers among them.</summary>
public sealed class PostgreSqlDatabase(string connectionString) : RegistryDatabase
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    internal override void AddContexts(IServiceCollection services)
    {
        services.AddDbContextFactory<PostgreSqlRegistryDbContext>(o => o.UseNpgsql(connectionString));
        services.AddSingleton<IDbContextFactory<RegistryDbContext>>(sp => new AsRegistry(sp.GetRequiredService<IDbContextFactory<PostgreSqlRegistryDbContext>>()));
        services.AddScoped<RegistryDbContext>(sp => sp.GetRequiredService<PostgreSqlRegistryDbContext>());
    }

    internal override Task AfterMigrateAsync(RegistryDbContext db, CancellationToken ct) => Task.CompletedTask;

    internal override Task<List<Events.OutboxMessage>> ClaimOutboxAsync(RegistryDbContext db, DateTime now, IReadOnlyCollection<long> skip, int count, CancellationToken ct)
    {
        var skipped = skip.ToArray();
        return db.Outbox.FromSql($"""
            SELECT * FROM "Outbox"
            WHERE "DispatchedAtUtc" IS NULL AND "SetAsideAtUtc" IS NULL AND ("NextAttemptAtUtc" IS NULL OR "NextAttemptAtUtc" <= {now})
              AND NOT ("Id" = ANY({skipped}))
            ORDER BY "Id" LIMIT {count}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);
    }

    internal override Task<List<Notifications.Notification>> DueDeliveriesAsync(RegistryDbContext db, Notifications.NotificationChannel channel,
        DateTime now, int count, CancellationToken ct) =>
        // The same condition as Notification.DueOn, locked: rows another worker is claiming right now are passed by.
        db.Notifications.FromSql($"""
            SELECT * FROM "Notifications"
            WHERE "Channel" = {(int)channel} AND "Status" = {(int)Notifications.DeliveryStatus.Pending} AND "NextAttemptAtUtc" <= {now}
              AND ("ClaimedUntilUtc" IS NULL OR "ClaimedUntilUtc" <= {now})
            ORDER BY "Id" LIMIT {count}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);

    private static readonly System.Reflection.MethodInfo Like = typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like),
        [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    /// <summary>
    /// The board's name search through the trigram indexes of migration BoardNameIndex: LIKE '%word%' on the folded name,
    /// or on its coarse form for a Latin word (the same expression as the index); a word under three letters, a scan.
    /// </summary>
    internal override async Task<IQueryable<Applications.Application>> WhereNameHasAsync(RegistryDbContext db,
        IQueryable<Applications.Application> applications, string? query, CancellationToken ct)
    {
        var indexed = db.Applications.AsQueryable();
        var indexedWords = new List<string>();
        foreach (var (word, latin) in Rules.NameSearch.Words(query))
        {
            if (word.Length < Rules.NameSearch.IndexedWordLength)
            {
                applications = Rules.NameSearch.WhereNameHasWord(applications, a => a.NameKey, word, latin);
                continue;
            }
            var pattern = "%" + word.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            indexed = indexed.Where(Rules.NameSearch.Matching<Applications.Application>(a => a.NameKey, pattern, latin,
                (target, value) => Expression.Call(Like, Expression.Constant(EF.Functions), target, value, Expression.Constant("\\"))));
            indexedWords.Add(word);
        }
        return indexedWords.Count > 0
            ? await WhereIdAmongAsync(applications, indexed.Select(a => a.Id), IdsAsParameterAtMost(indexedWords), ct)
            : applications;
    }

    /// <summary>
    /// The most matching ids the board's statements take as a parameter for words with this many trigrams in all: a thousand
    /// per trigram, at most 10,000. Each id sent costs each statement about 0.4 µs to read back, and asking the index again
    /// costs about as much per trigram as a thousand ids do, so past this the board asks the index inside each statement as
    /// before (measured on SQLite's demo database when it sent ids the same way: "касы" matches 8,000 applications, and sent
    /// as ids its p95 rose from 27 to 45 ms; three common letters, "ова", match 57,000: 80 against 50 ms; a surname and a
    /// given name, 130: 14 against 25 ms).
    /// </summary>
    private static int IdsAsParameterAtMost(IEnumerable<string> indexedWords) =>
        Math.Min(10_000, 1_000 * indexedWords.Sum(w => Math.Max(1, w.Length - 2)));

    /// <summary>The applications among <paramref name="matching"/>'s ids: asked now and sent as one parameter, or, past
    /// <paramref name="atMost"/> (<see cref="IdsAsParameterAtMost"/>), asked again inside each statement.</summary>
    private static async Task<IQueryable<Applications.Application>> WhereIdAmongAsync(IQueryable<Applications.Application> applications,
        IQueryable<int> matching, int atMost, CancellationToken ct)
    {
        // Read until one past the bound, then stop: a LIMIT would need an ORDER BY (Entity Framework warns without one),
        // and ordered by id PostgreSQL may walk the primary key instead of the name index.
        var ids = new List<int>();
        await foreach (var id in matching.AsAsyncEnumerable().WithCancellation(ct))
            if (ids.Count == atMost)
                return applications.Where(a => matching.Contains(a.Id));
            else
                ids.Add(id);
        // EF.Parameter: one array parameter; Entity Framework 10 would otherwise send one parameter per id.
        return applications.Where(a => EF.Parameter(ids).Contains(a.Id));
    }

    /// <summary>An advisory lock's key, the register's own: "registry" read as a number.</summary>
    private const long StartupLock = 0x7265676973747279;

    internal override async Task<IAsyncDisposable> InitializeExclusivelyAsync(RegistryDbContext db, CancellationToken ct)
    {
        // The lock lives in the database, so the database must exist first: a fresh server gets it created here,
        // as the migrations would (two instances creating it at once: the second finds it made).
        var creator = db.GetService<Microsoft.EntityFrameworkCore.Storage.IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            try
            {
                await creator.CreateAsync(ct);
            }
            catch (Npgsql.PostgresException e) when (e.SqlState is Npgsql.PostgresErrorCodes.DuplicateDatabase or Npgsql.PostgresErrorCodes.UniqueViolation)
            {
            }
        }
        // Session-level, on a connection kept open for the whole start-up (migrations and seeding).
        await db.Database.OpenConnectionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({StartupLock})", ct);
        return new Unlock(db);
    }

    private sealed class Unlock(RegistryDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({StartupLock})");
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The channel a trigger on "Outbox" notifies at each commit that inserts or marks rows (migration OutboxNotify).</summary>
    public const string OutboxChannel = "registry_outbox";

    /// <summary>
    /// LISTEN on <see cref="OutboxChannel"/> on a connection of its own; a lost connection is opened again after a
    /// pause, and every (re)connection counts as a signal, so the dispatcher catches up on what it missed.
    /// </summary>
    public override async Task ListenForOutboxAsync(Action committed, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { KeepAlive = 10 }.ConnectionString);
                await connection.OpenAsync(ct);
                connection.Notification += (_, _) => committed();
                await using (var listen = new NpgsqlCommand($"LISTEN {OutboxChannel}", connection))
                    await listen.ExecuteNonQueryAsync(ct);
                committed();
                while (!ct.IsCancellationRequested)
                    await connection.WaitAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or System.IO.IOException or InvalidOperationException)
            {
                // The server restarted or the network dropped: try again in a second (the poll covers the gap).
            }
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    internal override (string Condition, DbParameter Parameter) IdIn(string column, IReadOnlyList<int> ids) =>
        ($"{column} = ANY(@ids)", new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = ids.ToArray() });

    internal override byte[] JsonBytes(DbDataReader reader, int ordinal) => Encoding.UTF8.GetBytes(reader.GetString(ordinal));

    /// <summary>Services ask for the register's context; on PostgreSQL it is this provider's subtype.</summary>
    private sealed class AsRegistry(IDbContextFactory<PostgreSqlRegistryDbContext> inner) : IDbContextFactory<RegistryDbContext>
    {
        public RegistryDbContext CreateDbContext() => inner.CreateDbContext();
        public async Task<RegistryDbContext> CreateDbContextAsync(CancellationToken ct = default) => await inner.CreateDbContextAsync(ct);
    }
}
