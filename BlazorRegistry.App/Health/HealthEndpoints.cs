using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BlazorRegistry.App.Health;

/// <summary>
/// GET /health and /health/ready: every check with its status, as JSON (503 when one is unhealthy, 200 with
/// "Degraded" when one is degraded); GET /health/live: the process answers, no check at all.
/// </summary>
public static class HealthEndpoints
{
    public static IServiceCollection AddRegistryHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database").AddCheck<DiskSpaceHealthCheck>("disk")
            .AddCheck<DeliveryBacklogHealthCheck>("delivery").AddCheck<OutboxHealthCheck>("outbox").AddCheck<DataDirectoryHealthCheck>("data-directory");
        return services;
    }

    public static IEndpointRouteBuilder MapRegistryHealth(this IEndpointRouteBuilder app)
    {
        // Read-only: GET and HEAD, so no other method reaches it.
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        // For orchestrators: restart when /health/live fails, send traffic only while /health/ready passes.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { ResponseWriter = WriteAsync })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        return app;
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
        }));
    }
}
