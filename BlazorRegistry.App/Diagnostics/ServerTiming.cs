using System.Diagnostics;
using System.Globalization;

namespace BlazorRegistry.App.Diagnostics;

/// <summary>
/// Server-Timing: how long the server took until the response started, for browsers' dev tools and the
/// benchmark scripts (bench/), which read it instead of guessing from client-side times.
/// </summary>
public static class ServerTiming
{
    public static IApplicationBuilder UseServerTiming(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            http.Response.OnStarting(() =>
            {
                http.Response.Headers["Server-Timing"] = "app;dur=" + Stopwatch.GetElapsedTime(started).TotalMilliseconds.ToString("F2", CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            return next(http);
        });
}
