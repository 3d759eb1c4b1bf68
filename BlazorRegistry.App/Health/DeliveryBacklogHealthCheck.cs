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
        return BacklogAge.Check(oldest, time.GetUtcNow().UtcDateTime, options.Value.Delivery.MaxBacklogAgeMinutes,
            "undelivered message", "nothing waits for delivery");
    }
}
