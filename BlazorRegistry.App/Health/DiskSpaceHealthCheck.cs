using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace BlazorRegistry.App.Health;

/// <summary>Registry:Health.</summary>
public sealed class HealthOptions
{
    /// <summary>Below this much free space under the data directory, /health says unhealthy: every write would soon fail.</summary>
    public long MinimumFreeDiskBytes { get; set; } = 1024L * 1024 * 1024;
}

/// <summary>The data directory's disk has room for the database to grow and for uploads.</summary>
public sealed class DiskSpaceHealthCheck(IOptions<RegistryOptions> options, IWebHostEnvironment environment) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var folder = options.Value.ResolveDataDirectory(environment.ContentRootPath);
        Directory.CreateDirectory(folder);
        var free = new DriveInfo(folder).AvailableFreeSpace;
        var floor = options.Value.Health.MinimumFreeDiskBytes;
        var description = $"{free / (1024 * 1024)} MB free under the data directory (floor {floor / (1024 * 1024)} MB)";
        return Task.FromResult(free < floor ? HealthCheckResult.Unhealthy(description) : HealthCheckResult.Healthy(description));
    }
}
