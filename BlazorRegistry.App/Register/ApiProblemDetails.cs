using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace BlazorRegistry.App.Register;

/// <summary>
/// Errors of the JSON API as RFC 9457 problem details (application/problem+json): an exception is a 500
/// problem, not the HTML error page; a refused rate limit is a 429 problem with Retry-After.
/// </summary>
public static class ApiProblemDetails
{
    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails();
        // The accounts' limiter words its refusals for people on HTML pages; the API answers machines.
        services.PostConfigure<RateLimiterOptions>(o =>
        {
            var forPages = o.OnRejected;
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                if (!IsApi(http))
                {
                    if (forPages is not null)
                        await forPages(context, ct);
                    return;
                }
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                    detail: "The open-data API allows a limited number of requests per minute from one address; try again after Retry-After seconds.")
                    .ExecuteAsync(http);
            };
        });
        return services;
    }

    /// <summary>
    /// Under /api an exception becomes a 500 problem in every environment, and a bodiless error status (an
    /// unknown path's 404, a wrong method's 405) a problem too; the pages keep their own error pages.
    /// </summary>
    public static IApplicationBuilder UseApiProblemDetails(this IApplicationBuilder app) =>
        app.UseWhen(IsApi, api => api.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = _ => StatusCodes.Status500InternalServerError,
        }).UseStatusCodePages());

    public static bool IsApi(HttpContext http) => http.Request.Path.StartsWithSegments("/api");
}
