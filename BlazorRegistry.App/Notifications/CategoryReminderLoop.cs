using BlazorRegistry.Core.Register;

namespace BlazorRegistry.App.Notifications;

/// <summary>
/// Runs <see cref="CategoryReminders.SendDueAsync"/> shortly after start and every six hours on the app's
/// <see cref="TimeProvider"/> (tests drive it with a fake clock). Sending is idempotent, so a restart, a
/// second run on the same day or a second instance never sends a reminder twice.
/// </summary>
public sealed class CategoryReminderLoop(CategoryReminders reminders, TimeProvider time, ILogger<CategoryReminderLoop> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                var sent = await reminders.SendDueAsync(stoppingToken);
                if (sent > 0)
                    logger.LogInformation("Reminded {Count} specialists that their category lapses soon", sent);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Category reminders failed; trying again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
