using BlazorRegistry.App.Operations;
using BlazorRegistry.Core.Files;

namespace BlazorRegistry.App.Files;

/// <summary>Runs <see cref="FileStore.SweepAsync"/> shortly after start and every six hours.</summary>
public sealed class UploadSweep(FileStore files, TimeProvider time, ILogger<UploadSweep> logger) : PeriodicJob(time, logger)
{
    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        var removed = await files.SweepAsync(ct);
        if (removed > 0)
            logger.LogInformation("Removed {Count} uploaded files that no application refers to", removed);
    }
}
