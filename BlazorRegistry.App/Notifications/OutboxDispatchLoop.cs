using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Notifications;

namespace BlazorRegistry.App.Notifications;

/// <summary>
/// Runs the outbox dispatcher in the background: on start (resuming from the first undispatched row, so
/// events committed just before a crash are still announced) and every second as a fallback for a
/// dispatch that failed right after its commit. Wakes the delivery workers after each batch.
/// </summary>
public sealed class OutboxDispatchLoop(OutboxDispatcher dispatcher, NotificationService notifications, ILogger<OutboxDispatchLoop> logger)
    : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        dispatcher.Dispatched += notifications.WakeDelivery;
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
                await Task.Delay(Poll, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            dispatcher.Dispatched -= notifications.WakeDelivery;
        }
    }
}
