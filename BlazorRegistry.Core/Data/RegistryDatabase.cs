using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Core.Data;

/// <summary>
/// What differs between the two databases (issue #18), in one class per provider rather than branches across
/// services: how contexts are made, what runs after the migrations, and the few reads written in SQL.
/// </summary>
public abstract class RegistryDatabase
{
    public abstract DatabaseProvider Provider { get; }

    /// <summary>Registers <c>IDbContextFactory&lt;RegistryDbContext&gt;</c> (and a scoped context for Identity's stores).</summary>
    internal abstract void AddContexts(IServiceCollection services);

    /// <summary>After the migrations: what the provider needs on every start (SQLite's WAL and audit triggers).</summary>
    internal abstract Task AfterMigrateAsync(RegistryDbContext db, CancellationToken ct);

    /// <summary>A condition "<paramref name="column"/> is one of these ids" and its parameter, for the exports' direct reader.</summary>
    internal abstract (string Condition, DbParameter Parameter) IdIn(string column, IReadOnlyList<int> ids);

    /// <summary>
    /// Calls <paramref name="committed"/> whenever another process may have committed outbox rows (issue #18), and once
    /// on each (re)connection so nothing committed meanwhile is missed; runs until <paramref name="ct"/> is cancelled.
    /// SQLite has no such signal (one process): it returns at once and the dispatcher's poll is all there is.
    /// </summary>
    public virtual Task ListenForOutboxAsync(Action committed, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Holds the database's start-up lock on <paramref name="db"/>'s connection until disposed, so that two instances
    /// never migrate or seed at once. SQLite serves one process: nothing to hold.
    /// </summary>
    internal virtual Task<IAsyncDisposable> InitializeExclusivelyAsync(RegistryDbContext db, CancellationToken ct) =>
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>A JSON column's text as UTF-8 bytes.</summary>
    internal abstract byte[] JsonBytes(DbDataReader reader, int ordinal);

    public static RegistryDatabase For(DatabaseSettings settings) => settings.Provider switch
    {
        DatabaseProvider.PostgreSql => new PostgreSql.PostgreSqlDatabase(settings.Connection),
        _ => new SqliteDatabase(settings.Connection),
    };
}
