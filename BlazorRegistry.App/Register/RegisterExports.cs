using System.Globalization;
using System.Threading.RateLimiting;
using BlazorRegistry.App.Localization;
using BlazorRegistry.App.Security;
using BlazorRegistry.Core.Audit;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Register;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace BlazorRegistry.App.Register;

/// <summary>Registry:Exports: what the export endpoints may cost the server.</summary>
public sealed class ExportOptions
{
    /// <summary>Exports being written at once on this instance; the next one gets 429.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 64)]
    public int MaxConcurrent { get; set; } = 2;

    /// <summary>Exports per minute for one anonymous client address (staff are not counted).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 100_000)]
    public int AnonymousPerMinute { get; set; } = 10;
}

/// <summary>
/// GET /register/export.csv and /register/export.xlsx: the current search with the appendix's ten
/// columns, headers in the page language. The public gets consented fields only, staff everything.
/// A file is written to a temporary file first, at most <see cref="ExportOptions.MaxConcurrent"/> at a time,
/// then sent asynchronously: a slow or stalled reader holds neither a write slot, nor a thread, nor a
/// database snapshot.
/// </summary>
public static class RegisterExports
{
    public const string AnonymousRatePolicy = "register-exports";

    public static IServiceCollection AddRegisterExports(this IServiceCollection services, ExportOptions options)
    {
        services.AddSingleton(new ExportSlots(options.MaxConcurrent));
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(AnonymousRatePolicy, http =>
            RegisterAudiences.Of(http.User) == RegisterAudience.Staff
                ? RateLimitPartition.GetNoLimiter("staff")
                : RateLimitPartition.GetFixedWindowLimiter(Security.ClientAddress.LimitKey(http) ?? "",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.AnonymousPerMinute, Window = TimeSpan.FromMinutes(1) })));
        return services;
    }

    public static IEndpointRouteBuilder MapRegisterExports(this IEndpointRouteBuilder app)
    {
        foreach (var format in new[] { "csv", "xlsx" })
            app.MapGet($"/register/export.{format}", (HttpContext http, ReferenceDataProvider referenceData, RegisterService register,
                    ExportSlots slots, IStringLocalizer<SharedResource> text) => ExportAsync(http, referenceData, register, slots, text, format))
                .RequireRateLimiting(AnonymousRatePolicy)
                .ExcludeFromDescription();
        return app;
    }

    private static async Task ExportAsync(HttpContext http, ReferenceDataProvider referenceData, RegisterService register,
        ExportSlots slots, IStringLocalizer<SharedResource> text, string format)
    {
        await using var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None,
            64 * 1024, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        using (var slot = slots.TryTake())
        {
            if (slot is null)
            {
                await TooManyRequests.WriteAsync(http, ExportSlots.RetryAfter);
                return;
            }
            var catalog = await referenceData.GetAsync(http.RequestAborted);
            var query = RegisterQueryString.Parse(http.Request.Query, catalog);
            var audience = RegisterAudiences.Of(http.User);
            if (audience == RegisterAudience.Staff)
                await http.RequestServices.GetRequiredService<AuditLog>().RecordAsync(ClientAddress.Of(http), AuditAction.ExportedRegisterAsStaff,
                    detail: $"{format} {http.Request.QueryString.Value}", ct: http.RequestAborted);
            var columns = new RegisterColumns(text, catalog);
            // Reading from SQLite and writing the file overlap on the two cores: rows are read ahead a little.
            var rows = register.StreamAsync(query, audience, http.RequestAborted).ReadAhead(RegisterService.ExportBatchSize, http.RequestAborted);
            if (format == "csv")
                await CsvRegisterWriter.WriteAsync(file, columns, rows, CultureInfo.CurrentCulture.TextInfo.ListSeparator, http.RequestAborted);
            else
                await XlsxRegisterWriter.WriteAsync(file, columns, rows, text["Export_SheetName"], http.RequestAborted);
        }

        var name = FileName(text["Export_FileName"], format, http.RequestServices.GetRequiredService<TimeProvider>());
        http.Response.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileNameStar = name }.ToString();
        http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentType = format == "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        http.Response.ContentLength = file.Length;
        file.Position = 0;
        await file.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    /// <summary>
    /// "mamandar-tizilimi-20261202.csv": the day in Kazakhstan, not in UTC, for between 00:00 and 05:00 local
    /// time UTC is still on yesterday.
    /// </summary>
    public static string FileName(string prefix, string format, TimeProvider time) =>
        $"{prefix}-{Core.Calendar.KazakhstanTime.Today(time):yyyyMMdd}.{format}";
}

/// <summary>The export write slots of this instance.</summary>
public sealed class ExportSlots(int count)
{
    /// <summary>What a refused client is told to wait: an export of 100,000 rows takes about three seconds.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);

    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions { PermitLimit = Math.Max(1, count), QueueLimit = 0 });

    /// <summary>A slot to dispose when the file is written, or null when all are taken.</summary>
    public IDisposable? TryTake() => _limiter.AttemptAcquire() is { IsAcquired: true } lease ? lease : null;
}
