using BlazorRegistry.Core.Data;

namespace BlazorRegistry.App.Operations;

/// <summary>Refreshes the query planner's statistics every six hours (<see cref="DatabaseInitializer.RefreshPlannerStatisticsAsync"/>).</summary>
public sealed class PlannerStatisticsJob(DatabaseInitializer initializer, TimeProvider time, ILogger<PlannerStatisticsJob> logger) : PeriodicJob(time, logger)
{
    protected override Task RunOnceAsync(CancellationToken ct) => initializer.RefreshPlannerStatisticsAsync(ct);
}
