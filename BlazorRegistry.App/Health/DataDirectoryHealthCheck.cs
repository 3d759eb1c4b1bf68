using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace BlazorRegistry.App.Health;

/// <summary>The data directory (database, uploads, keys) accepts a write: a full or read-only volume shows here.</summary>
public sealed class DataDirectoryHealthCheck(IOptions<RegistryOptions> options, IWebHostEnvironment environment) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var folder = options.Value.ResolveDataDirectory(environment.ContentRootPath);
        var probe = Path.Combine(folder, $".health-{Guid.NewGuid():N}");
        try
        {
            await File.WriteAllTextAsync(probe, "ok", ct);
            File.Delete(probe);
            return HealthCheckResult.Healthy(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy($"{folder} is not writable", ex);
        }
    }
}
