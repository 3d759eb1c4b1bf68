using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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

    /// <summary>Before the migrations: what a new database needs before its first table (SQLite's page size), and a killed migration's leftovers.</summary>
    internal virtual Task BeforeMigrateAsync(RegistryDbContext db, ILogger logger, CancellationToken ct) => Task.CompletedTask;

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
    /// Holds the database's start-up lock until disposed, so that two processes never migrate or seed at once
    /// (PostgreSQL: on <paramref name="db"/>'s connection; SQLite: on a file beside the database).
    /// </summary>
    internal virtual Task<IAsyncDisposable> InitializeExclusivelyAsync(RegistryDbContext db, CancellationToken ct) =>
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>
    /// The next outbox rows due for dispatch, in id order, claimed for <paramref name="db"/>'s open transaction. On
    /// PostgreSQL another instance's dispatcher skips the rows this one holds (FOR UPDATE SKIP LOCKED), so no row is
    /// consumed twice; SQLite has one writer, and a plain read is the claim.
    /// </summary>
    internal virtual Task<List<Events.OutboxMessage>> ClaimOutboxAsync(RegistryDbContext db, DateTime now, IReadOnlyCollection<long> skip, int count, CancellationToken ct) =>
        db.Outbox.Where(m => m.DispatchedAtUtc == null && m.SetAsideAtUtc == null && (m.NextAttemptAtUtc == null || m.NextAttemptAtUtc <= now)
                && !skip.Contains(m.Id))
            .OrderBy(m => m.Id).Take(count).ToListAsync(ct);

    /// <summary>
    /// The next messages due on <paramref name="channel"/>, in id order, locked for <paramref name="db"/>'s open transaction
    /// while the worker marks them claimed. On PostgreSQL another instance's worker skips the rows this one holds
    /// (FOR UPDATE SKIP LOCKED) and then sees them claimed; SQLite has one writer, and a plain read is enough.
    /// </summary>
    internal virtual Task<List<Notifications.Notification>> DueDeliveriesAsync(RegistryDbContext db, Notifications.NotificationChannel channel,
        DateTime now, int count, CancellationToken ct) =>
        db.Notifications.Where(Notifications.Notification.DueOn(channel, now)).OrderBy(n => n.Id).Take(count).ToListAsync(ct);

    /// <summary>
    /// The applications whose folded name holds every word of <paramref name="query"/> (the review board's search,
    /// <see cref="Rules.NameSearch"/>'s meaning). Each provider asks its trigram index (issue #21, migration BoardNameIndex)
    /// for the matching ids once, before the board's statements, which then read them back (SQLite from a table of the
    /// connection's own, PostgreSQL as one parameter): asked inside each of them, the index's 3–6 ms for a common surname
    /// were paid three times; PostgreSQL past 10,000 ids asks the index inside each statement instead. This default, the
    /// plain scan, is what both fall back to for words under three letters. The query returned must be run on
    /// <paramref name="db"/> while its connection stays open and before the next call with the same context: SQLite's
    /// matches live in that connection's table, which the next search empties (ReviewQueue opens the connection once
    /// for its whole question and searches once per context).
    /// </summary>
    internal virtual Task<IQueryable<Applications.Application>> WhereNameHasAsync(RegistryDbContext db, IQueryable<Applications.Application> applications,
        string? query, CancellationToken ct) =>
        Task.FromResult(Rules.NameSearch.WhereNameHas(applications, a => a.NameKey, query));

    /// <summary>The applications whose reference number holds <paramref name="number"/> (upper case; the board's search).</summary>
    internal virtual IQueryable<Applications.Application> WhereNumberHas(RegistryDbContext db, IQueryable<Applications.Application> applications, string number) =>
        applications.Where(a => a.ReferenceNumber!.Contains(number));

    /// <summary>A JSON column's text as UTF-8 bytes.</summary>
    internal abstract byte[] JsonBytes(DbDataReader reader, int ordinal);

    public static RegistryDatabase For(DatabaseSettings settings) => settings.Provider switch
    {
        DatabaseProvider.PostgreSql => new PostgreSql.PostgreSqlDatabase(settings.Connection),
        _ => new SqliteDatabase(settings.Connection),
    };
}
