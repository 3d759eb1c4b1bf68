using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Notifications;

namespace BlazorRegistry.App.Notifications;

/// <summary>
/// Runs the outbox dispatcher in the background: on start (resuming from the first undispatched row, so
/// events committed just before a crash are still announced), every second as a fallback for a
/// dispatch that failed right after its commit, and at once when PostgreSQL says another instance committed
/// outbox rows (LISTEN/NOTIFY, issue #18): their events then reach this instance's boards and page cache.
/// Wakes the delivery workers after each batch.
/// </summary>
public sealed class OutboxDispatchLoop(OutboxDispatcher dispatcher, NotificationService notifications, RegistryDatabase database,
    ILogger<OutboxDispatchLoop> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _wake = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        dispatcher.Dispatched += notifications.WakeDelivery;
        var listening = database.ListenForOutboxAsync(() =>
        {
            // One pending wake is enough: the dispatcher reads everything committed since it last looked.
            if (_wake.CurrentCount == 0)
                _wake.Release();
        }, stoppingToken);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    var count = await dispatcher.DispatchPendingAsync(stoppingToken);
                    if (count > 0)
                        logger.LogInformation("Dispatched {Count} outbox event(s) in the background", count);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Dispatching the outbox failed; trying again in {Poll}", Poll);
                }
                await _wake.WaitAsync(Poll, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            dispatcher.Dispatched -= notifications.WakeDelivery;
            await listening;
        }
    }
}
