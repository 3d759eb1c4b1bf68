using System.Reflection;
using BlazorRegistry.Core.Data.PostgreSql;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Logging;

namespace BlazorRegistry.Core.Data;

/// <summary>How many rows one table holds in the source and in the copy.</summary>
public sealed record TableCount(string Table, long Source, long Copy)
{
    public bool Matches => Source == Copy;
}

/// <summary>
/// Moves a running installation from SQLite to PostgreSQL (issue #18, point 6): migrates an empty PostgreSQL
/// database, then in one transaction copies every table of the model (accounts, applications, history, entries,
/// audit, outbox, files' rows, reference data) through the same entity mapping, principals before dependants, with
/// every id, adds the data-protection keys, moves the identity sequences past the ids and counts each table on both
/// sides. Any failure or difference rolls it all back: the database is left as empty as it was, ready for another try.
/// </summary>
public sealed class DatabaseCopy(IDbContextFactory<RegistryDbContext> source, ILogger<DatabaseCopy> logger)
{
    private const int Batch = 2_000;

    /// <param name="keys">The key ring's files (name, XML) from the installation's keys folder: nobody is signed out by the move.</param>
    public async Task<IReadOnlyList<TableCount>> ToPostgreSqlAsync(string connectionString, IReadOnlyList<(string Name, string Xml)> keys,
        CancellationToken ct = default)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlRegistryDbContext>().UseNpgsql(connectionString).Options;
        await using var target = new PostgreSqlRegistryDbContext(options);
        await target.Database.MigrateAsync(ct);
        foreach (var type in Tables(target.Model))
            if (await CountAsync(target, type, ct) > 0)
                throw new InvalidOperationException($"The PostgreSQL database is not empty: \"{type.GetTableName()}\" has rows. Copy into an empty database.");

        await using var from = await source.CreateDbContextAsync(ct);
        await using var tx = await target.Database.BeginTransactionAsync(ct);
        var copy = typeof(DatabaseCopy).GetMethod(nameof(CopyTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var type in Tables(from.Model))
        {
            if (type.GetProperties().FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
                throw new InvalidOperationException($"{type.DisplayName()}.{shadow.Name} is a shadow property: the copy would lose it.");
            var rows = await (Task<long>)copy.MakeGenericMethod(type.ClrType).Invoke(null, [from, target, ct])!;
            logger.LogInformation("Copied {Rows} row(s) of {Table}", rows, type.GetTableName());
        }
        target.DataProtectionKeys.AddRange(keys.Select(k => new DataProtectionKey { FriendlyName = k.Name, Xml = k.Xml }));
        await target.SaveChangesAsync(ct);
        await MoveSequencesAsync(target, ct);

        var counts = new List<TableCount>();
        foreach (var type in Tables(from.Model))
            counts.Add(new TableCount(type.GetTableName()!, await CountAsync(from, type, ct), await CountAsync(target, type, ct)));
        counts.Add(new TableCount("DataProtectionKeys", keys.Count, await target.DataProtectionKeys.LongCountAsync(ct)));
        if (counts.All(c => c.Matches))
            await tx.CommitAsync(ct);
        else
            await tx.RollbackAsync(ct);
        return counts;
    }

    private static async Task<long> CopyTableAsync<T>(RegistryDbContext from, PostgreSqlRegistryDbContext target, CancellationToken ct) where T : class
    {
        long copied = 0;
        var batch = new List<T>(Batch);
        async Task FlushAsync()
        {
            target.Set<T>().AddRange(batch);
            await target.SaveChangesAsync(ct);
            // Written, not kept: the tracker would otherwise hold the whole register.
            target.ChangeTracker.Clear();
            copied += batch.Count;
            batch.Clear();
        }
        // Each entity alone: an application's history is a table of its own, copied in its turn.
        await foreach (var row in from.Set<T>().AsNoTracking().IgnoreAutoIncludes().AsAsyncEnumerable().WithCancellation(ct))
        {
            batch.Add(row);
            if (batch.Count == Batch)
                await FlushAsync();
        }
        if (batch.Count > 0)
            await FlushAsync();
        return copied;
    }

    /// <summary>The model's tables, each entity type once, principals before the types that point at them.</summary>
    private static List<IEntityType> Tables(IModel model)
    {
        var types = model.GetEntityTypes().Where(t => !t.IsOwned() && t.GetTableName() is not null && !t.HasSharedClrType).ToList();
        var ordered = new List<IEntityType>();
        void Visit(IEntityType type, HashSet<IEntityType> path)
        {
            if (ordered.Contains(type) || !path.Add(type))
                return;
            foreach (var principal in type.GetForeignKeys().Select(f => f.PrincipalEntityType).Where(p => p != type && types.Contains(p)))
                Visit(principal, path);
            ordered.Add(type);
        }
        foreach (var type in types.OrderBy(t => t.GetTableName()))
            Visit(type, []);
        return ordered;
    }

    private static async Task<long> CountAsync(DbContext db, IEntityType type, CancellationToken ct)
    {
        // Table and column names come from the model, never from input.
        var sql = $"SELECT COUNT(*) AS \"Value\" FROM \"{type.GetTableName()}\"";
        return await db.Database.SqlQueryRaw<long>(sql).SingleAsync(ct);
    }

    /// <summary>Ids were copied as they were: each identity column's sequence goes on after the largest.</summary>
    private static async Task MoveSequencesAsync(PostgreSqlRegistryDbContext target, CancellationToken ct)
    {
        foreach (var type in Tables(target.Model))
            foreach (var key in type.FindPrimaryKey()?.Properties.Where(p => p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType is { } t && (t == typeof(int) || t == typeof(long))) ?? [])
            {
                var (table, column) = (type.GetTableName(), key.GetColumnName());
                var sql = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), COALESCE((SELECT MAX(\"{column}\") FROM \"{table}\"), 0) + 1, false)";
                await target.Database.ExecuteSqlRawAsync(sql, ct);
            }
    }
}
