using BlazorRegistry.Core.Notifications;

namespace BlazorRegistry.App.Notifications;

/// <summary>
/// Delivers one channel's queue in the background (one worker for e-mail, one for SMS, so a mail outage
/// never delays a code by SMS): at once when something is queued, and every few seconds for retries and
/// expiries. A request that queues a message never waits for a mail server.
/// </summary>
public sealed class NotificationDeliveryLoop(NotificationChannel channel, NotificationService notifications, ILogger<NotificationDeliveryLoop> logger)
    : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _wake = new(0);

    public NotificationChannel Channel => channel;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        notifications.Queued += Wake;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    while (await notifications.DeliverDueAsync(channel, stoppingToken) > 0) { }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "The {Channel} delivery worker failed; it tries again in {Poll}", channel, Poll);
                }
                await _wake.WaitAsync(Poll, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            notifications.Queued -= Wake;
        }
    }

    private void Wake()
    {
        if (_wake.CurrentCount == 0)
            _wake.Release();
    }
}
