using BlazorRegistry.Core.Notifications;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace BlazorRegistry.App.Health;

/// <summary>
/// Degraded when the oldest message still waiting for e-mail or SMS is older than
/// Registry:Delivery:MaxBacklogAgeMinutes: a mail outage shows before applicants complain.
/// </summary>
public sealed class DeliveryBacklogHealthCheck(NotificationService notifications, TimeProvider time, IOptions<RegistryOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var oldest = await notifications.OldestUndeliveredAsync(ct);
        if (oldest is null)
            return HealthCheckResult.Healthy("nothing waits for delivery");
        var age = time.GetUtcNow().UtcDateTime - oldest.Value;
        var limit = TimeSpan.FromMinutes(options.Value.Delivery.MaxBacklogAgeMinutes);
        var description = $"oldest undelivered message waits {age.TotalMinutes:F0} min (limit {limit.TotalMinutes:F0} min)";
        return age > limit ? HealthCheckResult.Degraded(description) : HealthCheckResult.Healthy(description);
    }
}
