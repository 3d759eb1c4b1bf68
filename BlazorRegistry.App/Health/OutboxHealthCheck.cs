using BlazorRegistry.Core.Events;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace BlazorRegistry.App.Health;

/// <summary>
/// Degraded while an event's notices failed so often that it was set aside for an administrator, or while
/// the oldest event still waiting is older than Registry:Delivery:MaxBacklogAgeMinutes: either way somebody
/// the Order says must hear of a decision has not.
/// </summary>
public sealed class OutboxHealthCheck(OutboxDispatcher outbox, TimeProvider time, IOptions<RegistryOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var backlog = await outbox.BacklogAsync(ct);
        if (backlog.SetAside.Count > 0)
            return HealthCheckResult.Degraded($"{backlog.SetAside.Count} event(s) set aside after failing; see /admin/deliveries");
        if (backlog.OldestPendingAtUtc is not { } oldest)
            return HealthCheckResult.Healthy("every event dispatched");
        var age = time.GetUtcNow().UtcDateTime - oldest;
        var limit = TimeSpan.FromMinutes(options.Value.Delivery.MaxBacklogAgeMinutes);
        var description = $"oldest undispatched event waits {age.TotalMinutes:F0} min (limit {limit.TotalMinutes:F0} min)";
        return age > limit ? HealthCheckResult.Degraded(description) : HealthCheckResult.Healthy(description);
    }
}
