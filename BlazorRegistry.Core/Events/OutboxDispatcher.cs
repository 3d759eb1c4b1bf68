using BlazorRegistry.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BlazorRegistry.Core.Events;

/// <summary>
/// What must happen once per committed event, inside the dispatcher's own transaction (the applicant's
/// notices). Add rows to <paramref name="db"/>; do not save: the dispatcher saves them together with the
/// row's "dispatched" mark, so a crash either keeps both or neither.
/// </summary>
public interface IOutboxConsumer
{
    Task ConsumeAsync(RegistryDbContext db, OutboxMessage message, CancellationToken ct);
}

/// <summary>
/// Reads committed outbox rows in id order, lets each <see cref="IOutboxConsumer"/> add its rows, marks
/// the batch dispatched in the same commit, and then publishes each event to <see cref="IApplicationEvents"/>
/// (the live boards, the page cache). The services call it right after their commit; a background loop
/// calls it on start (resuming from the first undispatched row) and as a fallback poll.
/// </summary>
public sealed class OutboxDispatcher(
    IDbContextFactory<RegistryDbContext> factory,
    RegistryDatabase database,
    IEnumerable<IOutboxConsumer> consumers,
    IApplicationEvents events,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    public const int BatchSize = 100;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IOutboxConsumer[] _consumers = consumers.ToArray();
    // The last outbox id published to this instance's listeners; null until the first run, which starts
    // after the rows already dispatched then (announced by whoever ran at the time).
    private long? _published;

    /// <summary>Raised after a batch is committed (new notices may wait for delivery).</summary>
    public event Action? Dispatched;

    /// <summary>
    /// Dispatches every pending row, then publishes every dispatched row this instance has not published yet
    /// (its own and, with several instances on one database, the others'); returns how many rows it dispatched.
    /// Throws if a batch cannot be committed (it stays pending).
    /// </summary>
    public async Task<int> DispatchPendingAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            _published ??= await StartingPointAsync(ct);
            var total = 0;
            var failedThisPass = new HashSet<long>();
            while (true)
            {
                var count = await DispatchBatchAsync(failedThisPass, ct);
                total += count;
                if (count > 0)
                    Dispatched?.Invoke();
                if (count < BatchSize)
                    break;
            }
            await PublishCommittedAsync(ct);
            return total;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The live side: events dispatched since this instance last looked, in id order, stopping at the first
    /// row still pending so nobody hears of event N+1 before event N. Starts after the rows that existed
    /// when the instance started (nobody was listening to those).
    /// </summary>
    private async Task PublishCommittedAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        while (true)
        {
            var rows = await db.Outbox.AsNoTracking().Where(m => m.Id > _published).OrderBy(m => m.Id).Take(BatchSize).ToListAsync(ct);
            // A row whose dispatch failed is published all the same: the change happened and the boards must
            // show it; only its notices are late.
            var ready = rows.TakeWhile(m => m.DispatchedAtUtc != null || m.Attempts > 0).ToList();
            foreach (var m in ready)
            {
                _published = m.Id;
                await events.PublishAsync(m.ToEvent());
            }
            if (ready.Count < rows.Count || rows.Count < BatchSize)
                return;
        }
    }

    /// <summary>
    /// Called by a service after its commit: dispatches now so the boards and the applicant hear at once.
    /// A failure here never fails the change, which is committed: the background loop retries.
    /// </summary>
    public async Task DispatchAfterCommitAsync()
    {
        try
        {
            await DispatchPendingAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Dispatching the outbox after a commit failed; the background loop retries");
        }
    }

    private async Task<long> StartingPointAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // Rows that failed before were published then (see PublishCommittedAsync): start at the first never tried.
        var firstPending = await db.Outbox.Where(m => m.DispatchedAtUtc == null && m.Attempts == 0 && m.SetAsideAtUtc == null).MinAsync(m => (long?)m.Id, ct);
        return firstPending is { } first ? first - 1 : await db.Outbox.MaxAsync(m => (long?)m.Id, ct) ?? 0;
    }

    private async Task<int> DispatchBatchAsync(HashSet<long> failedThisPass, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        // The rows are claimed in this transaction: another instance's dispatcher passes them by (issue #18).
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var pending = await database.ClaimOutboxAsync(db, now, failedThisPass, BatchSize, ct);
        if (pending.Count == 0)
            return 0;
        try
        {
            foreach (var message in pending)
            {
                foreach (var consumer in _consumers)
                    await consumer.ConsumeAsync(db, message, ct);
                message.MarkDispatched(now);
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // One row that keeps failing must not hold up every later notice, board update and cache clear:
            // each row again in its own commit, a failing one recorded and skipped.
            logger.LogWarning(ex, "An outbox batch failed; dispatching its {Count} rows one by one", pending.Count);
            // Let the claim go first: each row is claimed again, alone, by the commits below.
            await tx.RollbackAsync(CancellationToken.None);
            foreach (var id in pending.Select(m => m.Id))
                if (!await DispatchOneAsync(id, ct))
                    failedThisPass.Add(id);
        }
        return pending.Count;
    }

    private async Task<bool> DispatchOneAsync(long id, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var message = await db.Outbox.SingleAsync(m => m.Id == id, ct);
            if (message.DispatchedAtUtc is not null || message.SetAsideAtUtc is not null)
                return true; // another instance finished it (or set it aside) meanwhile
            foreach (var consumer in _consumers)
                await consumer.ConsumeAsync(db, message, ct);
            message.MarkDispatched(now);
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var message = await db.Outbox.SingleAsync(m => m.Id == id, ct);
            message.RecordFailure($"{ex.GetType().Name}: {ex.Message}", now);
            await db.SaveChangesAsync(ct);
            logger.LogError(ex, "Outbox event {Id} ({Kind}, application {ApplicationId}) failed, attempt {Attempts}{SetAside}",
                id, message.Kind, message.ApplicationId, message.Attempts, message.SetAsideAtUtc is null ? "" : "; set aside for an administrator");
            return false;
        }
    }

    /// <summary>What /health/ready and /admin/deliveries show: rows set aside, and the oldest still waiting.</summary>
    public async Task<OutboxBacklog> BacklogAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var setAside = await db.Outbox.AsNoTracking().Where(m => m.SetAsideAtUtc != null && m.DispatchedAtUtc == null).OrderBy(m => m.Id).ToListAsync(ct);
        var oldest = await db.Outbox.Where(m => m.DispatchedAtUtc == null && m.SetAsideAtUtc == null).OrderBy(m => m.Id)
            .Select(m => (DateTime?)m.AtUtc).FirstOrDefaultAsync(ct);
        return new OutboxBacklog(setAside, oldest);
    }

    /// <summary>An administrator's retry of a row set aside; dispatched at once.</summary>
    public async Task<bool> RetryAsync(long id, CancellationToken ct = default)
    {
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            var message = await db.Outbox.FirstOrDefaultAsync(m => m.Id == id, ct);
            if (message is null || !message.Retry())
                return false;
            await db.SaveChangesAsync(ct);
        }
        await DispatchAfterCommitAsync();
        return true;
    }
}

/// <summary>Events set aside after repeated failures, and when the oldest event still waiting happened.</summary>
public sealed record OutboxBacklog(IReadOnlyList<OutboxMessage> SetAside, DateTime? OldestPendingAtUtc);
