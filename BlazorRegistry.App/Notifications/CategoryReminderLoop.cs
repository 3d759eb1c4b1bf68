using BlazorRegistry.App.Operations;
using BlazorRegistry.Core.Register;

namespace BlazorRegistry.App.Notifications;

/// <summary>
/// Runs <see cref="CategoryReminders.SendDueAsync"/> shortly after start and every six hours. Sending is
/// idempotent, so a restart, a second run on the same day or a second instance never sends a reminder twice.
/// </summary>
public sealed class CategoryReminderLoop(CategoryReminders reminders, TimeProvider time, ILogger<CategoryReminderLoop> logger) : PeriodicJob(time, logger)
{
    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        var sent = await reminders.SendDueAsync(ct);
        if (sent > 0)
            logger.LogInformation("Reminded {Count} specialists that their category lapses soon", sent);
    }
}
