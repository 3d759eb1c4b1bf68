using System.Diagnostics;
using System.Globalization;

namespace BlazorRegistry.App.Diagnostics;

/// <summary>
/// Server-Timing: how long the server took until the response started, for the benchmark scripts
/// (bench/), which read it instead of guessing from client-side times. Only in benchmark mode and only to
/// loopback: anywhere else it would tell a visitor how much work a request did, e.g. whether a sign-in
/// hashed a real password (issue #12).
/// </summary>
public static class ServerTiming
{
    public static IApplicationBuilder UseServerTiming(this WebApplication app) => !RegistryOptions.From(app.Configuration).Benchmark.Enabled ? app :
        app.Use((http, next) =>
        {
            if (http.Connection.RemoteIpAddress is not { } ip || !System.Net.IPAddress.IsLoopback(ip))
                return next(http);
            var started = Stopwatch.GetTimestamp();
            http.Response.OnStarting(() =>
            {
                http.Response.Headers["Server-Timing"] = "app;dur=" + Stopwatch.GetElapsedTime(started).TotalMilliseconds.ToString("F2", CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            return next(http);
        });
}
