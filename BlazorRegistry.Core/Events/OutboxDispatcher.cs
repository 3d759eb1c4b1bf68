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
            while (true)
            {
                var count = await DispatchBatchAsync(ct);
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
            var ready = rows.TakeWhile(m => m.DispatchedAtUtc != null).ToList();
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
        var firstPending = await db.Outbox.Where(m => m.DispatchedAtUtc == null).MinAsync(m => (long?)m.Id, ct);
        return firstPending is { } first ? first - 1 : await db.Outbox.MaxAsync(m => (long?)m.Id, ct) ?? 0;
    }

    private async Task<int> DispatchBatchAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var pending = await db.Outbox.Where(m => m.DispatchedAtUtc == null).OrderBy(m => m.Id).Take(BatchSize).ToListAsync(ct);
        if (pending.Count == 0)
            return 0;
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var message in pending)
        {
            foreach (var consumer in _consumers)
                await consumer.ConsumeAsync(db, message, ct);
            message.MarkDispatched(now);
        }
        await db.SaveChangesAsync(ct);
        return pending.Count;
    }
}
