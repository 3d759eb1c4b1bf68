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
        return BacklogAge.Check(backlog.OldestPendingAtUtc, time.GetUtcNow().UtcDateTime, options.Value.Delivery.MaxBacklogAgeMinutes,
            "undispatched event", "every event dispatched");
    }
}
