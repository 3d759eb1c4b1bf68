using System.Net;
using System.Threading.RateLimiting;
using BlazorRegistry.App.Security;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

namespace BlazorRegistry.App.Components.Account.RateLimiting;

/// <summary>
/// Limits the account pages per client address and per endpoint as routed: "/ACCOUNT/Sign-In/" and
/// "/account/sign-in" are one page and share one bucket. Covers every POST under /account and GET of the
/// confirm page (the code flow's entry), and every POST to /my-entry (each consent or contact change writes a
/// version and clears the public page cache, so a flood of them must not cost the server), and every POST of
/// the register's bulk check (a limit of its own, Registry:RateLimits:BulkChecksPerMinute). Behind a reverse proxy the client address comes from forwarded
/// headers, trusted only from the configured proxies (<see cref="ForwardedHeadersSetup"/>).
/// </summary>
public static class AccountRateLimiter
{
    public static IServiceCollection AddAccountRateLimiter(this IServiceCollection services, RateLimitOptions limits)
    {
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => PartitionOf(http) is { } key
                ? RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = key.EndsWith(BulkCheckSuffix, StringComparison.Ordinal) ? limits.BulkChecksPerMinute : limits.AccountPostsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                })
                : RateLimitPartition.GetNoLimiter(""));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>"address|METHOD|route", or null when the request is not limited here.</summary>
    internal static string? PartitionOf(HttpContext http)
    {
        var route = RouteOf(http);
        // The register's bulk check: each post reads up to 100 lines (issue #17).
        if (route is "/register/check" or "/register/check.csv")
            return HttpMethods.IsPost(http.Request.Method) ? $"{ClientAddress.LimitKey(http)}|POST|{route}{BulkCheckSuffix}" : null;
        if (route == "/my-entry")
            return HttpMethods.IsPost(http.Request.Method) ? $"{ClientAddress.LimitKey(http)}|POST|{route}" : null;
        if (!route.StartsWith("/account/", StringComparison.Ordinal))
            return null;
        var limited = HttpMethods.IsPost(http.Request.Method) || (HttpMethods.IsGet(http.Request.Method) && route == "/account/confirm");
        return limited ? $"{ClientAddress.LimitKey(http)}|{http.Request.Method}|{route}" : null;
    }

    private const string BulkCheckSuffix = "|check";

    /// <summary>The endpoint's route pattern when routing found one; otherwise the path folded as routing folds it.</summary>
    private static string RouteOf(HttpContext http)
    {
        var raw = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "";
        return "/" + raw.Trim('/').ToLowerInvariant();
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct) =>
        await TooManyRequests.WriteAsync(context.HttpContext,
            context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1));
}

/// <summary>
/// "Registry:ForwardedHeaders:KnownProxies": the reverse proxies whose X-Forwarded-For is believed. With
/// none configured the headers are ignored, so nobody can pick their own client address.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddRegistryForwardedHeaders(this IServiceCollection services, ForwardedHeadersSettings settings)
    {
        var proxies = settings.KnownProxies;
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Trust exactly the configured proxies, not the loopback defaults.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            o.ForwardLimit = 1;
        });
        return services;
    }

    /// <summary>First in the pipeline, so the rate limiter and the logs see the visitor's address.</summary>
    public static WebApplication UseRegistryForwardedHeaders(this WebApplication app)
    {
        if (RegistryOptions.From(app.Configuration).ForwardedHeaders.KnownProxies.Length > 0)
            app.UseForwardedHeaders();
        return app;
    }
}

/// <summary>Registry:ForwardedHeaders: the reverse proxies (IP addresses) whose X-Forwarded-For is believed.</summary>
public sealed class ForwardedHeadersSettings
{
    public string[] KnownProxies { get; set; } = [];
}
