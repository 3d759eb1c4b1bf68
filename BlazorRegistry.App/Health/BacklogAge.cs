using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BlazorRegistry.App.Health;

/// <summary>
/// The rule both backlog checks share: healthy while the oldest thing still waiting (a message to deliver,
/// an event to turn into notices) is younger than Registry:Delivery:MaxBacklogAgeMinutes, degraded after.
/// </summary>
public static class BacklogAge
{
    public static HealthCheckResult Check(DateTime? oldestUtc, DateTime nowUtc, int limitMinutes, string what, string nothing)
    {
        if (oldestUtc is not { } oldest)
            return HealthCheckResult.Healthy(nothing);
        var age = nowUtc - oldest;
        var limit = TimeSpan.FromMinutes(limitMinutes);
        var description = $"oldest {what} waits {age.TotalMinutes:F0} min (limit {limit.TotalMinutes:F0} min)";
        return age > limit ? HealthCheckResult.Degraded(description) : HealthCheckResult.Healthy(description);
    }
}
