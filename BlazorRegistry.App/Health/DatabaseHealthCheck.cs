using BlazorRegistry.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BlazorRegistry.App.Health;

/// <summary>/health: the database answers a query.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<RegistryDbContext> factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var regions = await db.Regions.CountAsync(ct);
            return HealthCheckResult.Healthy($"{regions} regions");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }
    }
}
