using System.Globalization;
using BlazorRegistry.App.Localization;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Register;
using Microsoft.Extensions.Localization;

namespace BlazorRegistry.App.Register;

/// <summary>
/// GET /register/export.csv and /register/export.xlsx: the current search with the appendix's ten
/// columns, headers in the page language. Rows stream from the database to the response one at a time,
/// so 100,000 rows never sit in memory. The public gets consented fields only, staff everything.
/// </summary>
public static class RegisterExports
{
    public static IEndpointRouteBuilder MapRegisterExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/register/export.csv", (HttpContext http, ReferenceDataProvider referenceData, RegisterService register, IStringLocalizer<SharedResource> text) =>
            ExportAsync(http, referenceData, register, text, "csv")).ExcludeFromDescription();
        app.MapGet("/register/export.xlsx", (HttpContext http, ReferenceDataProvider referenceData, RegisterService register, IStringLocalizer<SharedResource> text) =>
            ExportAsync(http, referenceData, register, text, "xlsx")).ExcludeFromDescription();
        return app;
    }

    private static async Task ExportAsync(HttpContext http, ReferenceDataProvider referenceData, RegisterService register,
        IStringLocalizer<SharedResource> text, string format)
    {
        var catalog = await referenceData.GetAsync(http.RequestAborted);
        var query = RegisterQueryString.Parse(http.Request.Query, catalog);
        var columns = new RegisterColumns(text, catalog);
        // Reading from SQLite and writing the file overlap on the two cores: rows are read ahead a little.
        var rows = register.StreamAsync(query, RegisterAudiences.Of(http.User), http.RequestAborted).ReadAhead(1000, http.RequestAborted);
        var name = $"{text["Export_FileName"]}-{DateTime.UtcNow:yyyyMMdd}.{format}";
        http.Response.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileNameStar = name }.ToString();
        http.Response.Headers.CacheControl = "no-store";
        if (format == "csv")
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            await CsvRegisterWriter.WriteAsync(http.Response.Body, columns, rows, http.RequestAborted);
        }
        else
        {
            http.Response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            // ZipArchive still writes some headers synchronously even through its async API; allowing
            // that for this one response keeps the workbook streamed instead of built in memory.
            if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpBodyControlFeature>() is { } body)
                body.AllowSynchronousIO = true;
            await XlsxRegisterWriter.WriteAsync(http.Response.Body, columns, rows, http.RequestAborted);
        }
    }
}
