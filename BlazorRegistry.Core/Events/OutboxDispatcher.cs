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

    /// <summary>Raised after a batch is committed (new notices may wait for delivery).</summary>
    public event Action? Dispatched;

    /// <summary>Dispatches every pending row; returns how many. Throws if a batch cannot be committed (it stays pending).</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var total = 0;
            while (true)
            {
                var batch = await DispatchBatchAsync(ct);
                total += batch.Count;
                foreach (var e in batch)
                    await events.PublishAsync(e);
                if (batch.Count > 0)
                    Dispatched?.Invoke();
                if (batch.Count < BatchSize)
                    return total;
            }
        }
        finally
        {
            _gate.Release();
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

    private async Task<IReadOnlyList<ApplicationEvent>> DispatchBatchAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var pending = await db.Outbox.Where(m => m.DispatchedAtUtc == null).OrderBy(m => m.Id).Take(BatchSize).ToListAsync(ct);
        if (pending.Count == 0)
            return [];
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var message in pending)
        {
            foreach (var consumer in _consumers)
                await consumer.ConsumeAsync(db, message, ct);
            message.MarkDispatched(now);
        }
        await db.SaveChangesAsync(ct);
        return pending.Select(m => m.ToEvent()).ToList();
    }
}
