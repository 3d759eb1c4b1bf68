using System.Globalization;
using System.Security.Claims;
using BlazorRegistry.App.Localization;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Register;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace BlazorRegistry.App.Register;

/// <summary>
/// GET /my-entry/extract.pdf?lang=kk|ru: a registered specialist's extract of their own entry (issue #20),
/// every column as registered plus the IIN (it is their own document; the public register never shows it),
/// with a QR code of the public page that says whether the entry still stands.
/// </summary>
public static class EntryExtracts
{
    public const string RatePolicy = "entry-extracts";

    /// <summary>Extracts per minute for one person: a PDF costs CPU, and nobody needs more than a few.</summary>
    public const int PerMinute = 10;

    public static IServiceCollection AddEntryExtracts(this IServiceCollection services) =>
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(RatePolicy, http =>
            RateLimitPartition.GetFixedWindowLimiter(http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = PerMinute, Window = TimeSpan.FromMinutes(1) })));

    public static IEndpointRouteBuilder MapEntryExtracts(this IEndpointRouteBuilder app)
    {
        app.MapGet("/my-entry/extract.pdf", async (HttpContext http, string? lang, EntryService entries, ReferenceDataProvider referenceData,
                IStringLocalizer<SharedResource> text, IOptions<RegistryOptions> options) =>
            {
                // The language asked for, else the page's: a specialist may need the Russian one for an employer.
                var language = Languages.TryParse(lang) ?? SupportedCultures.Current;
                var issued = await entries.IssueExtractAsync(http.User.FindFirstValue(ClaimTypes.NameIdentifier)!, language, http.RequestAborted);
                if (issued is null)
                    return Results.NotFound();
                var (entry, extract) = issued.Value;
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = SupportedCultures.CultureOf(language);
                var site = options.Value.PublicBaseUrl?.TrimEnd('/') ?? $"{http.Request.Scheme}://{http.Request.Host}";
                var verifyUrl = $"{site}/register/verify/{extract.Code}";
                var pdf = ExtractDocument.Write(entry, new RegisterColumns(text, await referenceData.GetAsync()), text, verifyUrl,
                    KazakhstanTime.DateOf(extract.IssuedAtUtc));
                http.Response.Headers.CacheControl = "no-store";
                return Results.File(pdf, "application/pdf", $"{entry.Number}-{language.Code()}.pdf");
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Applicant))
            .RequireRateLimiting(RatePolicy)
            .ExcludeFromDescription();
        return app;
    }
}
