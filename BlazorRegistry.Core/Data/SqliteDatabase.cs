using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

    internal override async Task AfterMigrateAsync(RegistryDbContext db, CancellationToken ct)
    {
        // WAL lets the public register read while a decision is being written.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        await db.Database.ExecuteSqlRawAsync(AuditTriggers.Create, ct);
    }

    internal override (string Condition, DbParameter Parameter) IdIn(string column, IReadOnlyList<int> ids) =>
        ($"{column} IN (SELECT \"value\" FROM json_each($ids))", new SqliteParameter("$ids", JsonSerializer.Serialize(ids, Register.StoredRecordsJson.Default.IReadOnlyListInt32)));

    internal override byte[] JsonBytes(DbDataReader reader, int ordinal) => reader.GetFieldValue<byte[]>(ordinal);
}
