using BlazorRegistry.Core.Files;

namespace BlazorRegistry.App.Files;

/// <summary>Runs <see cref="FileStore.SweepAsync"/> shortly after start and every six hours.</summary>
public sealed class UploadSweep(FileStore files, TimeProvider time, ILogger<UploadSweep> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                var removed = await files.SweepAsync(stoppingToken);
                if (removed > 0)
                    logger.LogInformation("Removed {Count} uploaded files that no application refers to", removed);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Sweeping unattached uploads failed; trying again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
