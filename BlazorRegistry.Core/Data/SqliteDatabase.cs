using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BlazorRegistry.Core.Data;

/// <summary>The embedded default: one SQLite file, its folder made when missing; migrations in Data/Migrations.</summary>
public sealed class SqliteDatabase : RegistryDatabase
{
    private readonly string _connectionString;

    public SqliteDatabase(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
        DatabaseFile = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            ForeignKeys = true,
            // A writer waits for another instead of failing at once with "database is locked".
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The database file (backups copy it).</summary>
    public string DatabaseFile { get; }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    internal override void AddContexts(IServiceCollection services) =>
        services.AddDbContextFactory<RegistryDbContext>(o => o.UseSqlite(_connectionString));

    /// <summary>
    /// Several processes may start on one SQLite file at once (the app and a command such as <c>migrate</c> or
    /// <c>seed-demo</c>): one migrates and seeds, the others wait. The lock is the operating system's, on a file beside the
    /// database, so it ends with its process however that ends — unlike Entity Framework's own migration lock, a row a
    /// killed process leaves behind (see <see cref="BeforeMigrateAsync"/>).
    /// </summary>
    internal override async Task<IAsyncDisposable> InitializeExclusivelyAsync(RegistryDbContext db, CancellationToken ct)
    {
        while (true)
        {
            try
            {
                return new StartLock(new FileStream(StartLockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                await Task.Delay(200, ct);
            }
        }
    }

    /// <summary>The file whose lock says a process is migrating or seeding this database.</summary>
    public string StartLockFile => DatabaseFile + ".start-lock";

    private sealed class StartLock(FileStream file) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => file.DisposeAsync();
    }

    /// <summary>The page size of a new database (SQLite's default is 4 KiB).</summary>
    public const int PageSize = 8192;

    internal override async Task BeforeMigrateAsync(RegistryDbContext db, ILogger logger, CancellationToken ct)
    {
        // An application's row is about 1.5 KB: a 4 KiB page held two and left a fifth of the table empty, an 8 KiB page
        // holds five (the demo database 512 → 480 MB, issue #21). The size is fixed when the first table is written, so only
        // a new, empty database gets it; an existing one keeps its pages (VACUUM after "PRAGMA page_size" converts it).
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var pages = await db.Database.SqlQueryRaw<long>("SELECT page_count AS \"Value\" FROM pragma_page_count()").SingleAsync(ct);
            if (pages == 0)
                await db.Database.ExecuteSqlRawAsync($"PRAGMA page_size = {PageSize}; VACUUM;", ct);
            // Entity Framework marks a migration in progress with a row of its own, which a process killed while migrating
            // leaves behind: every later start would then wait for it forever. This process holds the start lock, so no
            // other is migrating: a row found now is such a leftover (its migration itself was one transaction, rolled back).
            var locked = await db.Database.SqlQueryRaw<long>(
                "SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'").SingleAsync(ct);
            if (locked > 0 && await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", ct) > 0)
                logger.LogWarning("Removed the migration lock a stopped process left in {File}.", DatabaseFile);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    internal override async Task AfterMigrateAsync(RegistryDbContext db, CancellationToken ct)
    {
        // WAL lets the public register read while a decision is being written.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        await db.Database.ExecuteSqlRawAsync(AuditTriggers.Create, ct);
    }

    internal override (string Condition, DbParameter Parameter) IdIn(string column, IReadOnlyList<int> ids) =>
        ($"{column} IN (SELECT \"value\" FROM json_each($ids))", new SqliteParameter("$ids", JsonSerializer.Serialize(ids, Register.StoredRecordsJson.Default.IReadOnlyListInt32)));

    internal override byte[] JsonBytes(DbDataReader reader, int ordinal) => reader.GetFieldValue<byte[]>(ordinal);

    /// <summary>
    /// A number as typed is its beginning ("RS-2026-0001" finds RS-2026-000100 to RS-2026-000199): a range of the unique
    /// index, not a scan. SQLite compares text byte by byte, so every number with that beginning sorts before it followed by U+FFFF.
    /// </summary>
    internal override IQueryable<Applications.Application> WhereNumberHas(RegistryDbContext db, IQueryable<Applications.Application> applications, string number)
    {
        var to = number + char.MaxValue;
        // The ids first, from the index alone: asked together with the board's other conditions, SQLite (which keeps no
        // statistics here) preferred the status index and read 100,000 applications for a number (0.9 s).
        var ids = db.Applications.Where(a => string.Compare(a.ReferenceNumber, number) >= 0 && string.Compare(a.ReferenceNumber, to) < 0).Select(a => a.Id);
        return applications.Where(a => ids.Contains(a.Id));
    }

    internal override async Task<IQueryable<Applications.Application>> WhereNameHasAsync(RegistryDbContext db,
        IQueryable<Applications.Application> applications, string? query, CancellationToken ct)
    {
        var phrases = new List<string>();
        foreach (var (word, latin) in Rules.NameSearch.Words(query))
        {
            if (word.Length < Rules.NameSearch.IndexedWordLength)
            {
                applications = Rules.NameSearch.WhereNameHasWord(applications, a => a.NameKey, word, latin);
                continue;
            }
            // A phrase of the FTS5 query language in one column: the folded name, or for a Latin word its coarse form
            // (migration BoardNameIndex). Substrings match as with instr. The word holds no double quote to end the phrase:
            // NameSearch.Words drops quotation marks.
            phrases.Add($"{(latin ? "Coarse" : "Folded")} : \"{word}\"");
        }
        if (phrases.Count == 0)
            return applications;
        // Every word in one question to the index, which intersects them itself. Its answer is written once into a table
        // of this connection's own (TEMP: no other connection sees it, and it never reaches the database file), which the
        // board's statements then probe by its key. Sent as a JSON parameter instead, the ids were parsed again by each
        // statement (about 0.4 µs each), so a common word's thousands were asked of the index again inside each (3 ms
        // each time); "касымов" (7,800 matches): 10.6 → 6.4 ms for the two counts and the page, timed in SQLite itself.
        var match = string.Join(" AND ", phrases);
        // The table lives while the connection is open: the board's statements must run on it (they do, ReviewQueue opens
        // it once for all of them). A pooled connection keeps the table and the last matches until its next search.
        await db.Database.OpenConnectionAsync(ct);
        await db.Database.ExecuteSqlAsync($"""
            CREATE TEMP TABLE IF NOT EXISTS "BoardNameMatches"("Id" INTEGER PRIMARY KEY);
            DELETE FROM temp."BoardNameMatches";
            INSERT INTO temp."BoardNameMatches" SELECT rowid FROM "ApplicationNames" WHERE "ApplicationNames" MATCH {match};
            """, ct);
        var matching = db.Database.SqlQuery<int>($"""SELECT "Id" AS "Value" FROM temp."BoardNameMatches" """);
        return applications.Where(a => matching.Contains(a.Id));
    }
}
