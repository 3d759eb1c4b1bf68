using System.Globalization;
using System.Security.Claims;
using BlazorRegistry.App.Localization;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Register;
using Microsoft.Extensions.Localization;

namespace BlazorRegistry.App.Register;

/// <summary>
/// GET /my-entry/extract.pdf?lang=kk|ru: a registered specialist's extract of their own entry (issue #20),
/// every column as registered plus the IIN (it is their own document; the public register never shows it),
/// with a QR code of the public page that says whether the entry still stands.
/// </summary>
public static class EntryExtracts
{
    public static IEndpointRouteBuilder MapEntryExtracts(this IEndpointRouteBuilder app)
    {
        app.MapGet("/my-entry/extract.pdf", async (HttpContext http, string? lang, EntryService entries, ReferenceDataProvider referenceData,
                IStringLocalizer<SharedResource> text) =>
            {
                // The language asked for, else the page's: a specialist may need the Russian one for an employer.
                var language = Languages.TryParse(lang) ?? SupportedCultures.Current;
                var issued = await entries.IssueExtractAsync(http.User.FindFirstValue(ClaimTypes.NameIdentifier)!, language, http.RequestAborted);
                if (issued is null)
                    return Results.NotFound();
                var (entry, extract) = issued.Value;
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = SupportedCultures.CultureOf(language);
                var verifyUrl = $"{http.Request.Scheme}://{http.Request.Host}/register/verify/{extract.Code}";
                var pdf = ExtractDocument.Write(entry, new RegisterColumns(text, await referenceData.GetAsync()), text, verifyUrl,
                    KazakhstanTime.DateOf(extract.IssuedAtUtc));
                http.Response.Headers.CacheControl = "no-store";
                return Results.File(pdf, "application/pdf", $"{entry.Number}-{language.Code()}.pdf");
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Applicant))
            .ExcludeFromDescription();
        return app;
    }
}
