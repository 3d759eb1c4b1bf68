using System.Text;
using BlazorRegistry.App.Localization;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Register;
using Microsoft.Extensions.Localization;

namespace BlazorRegistry.App.Register;

/// <summary>The bulk check's answer as CSV: one row per line and match, the line, the outcome and the public columns.</summary>
public static class RegisterCheckExport
{
    public static IEndpointRouteBuilder MapRegisterCheckExport(this IEndpointRouteBuilder app)
    {
        app.MapPost("/register/check.csv", async (IFormCollection form, BulkCheck checker, ReferenceDataProvider reference,
            IStringLocalizer<SharedResource> t, HttpContext http) =>
        {
            var lines = BulkCheck.Lines(form["lines"].ToString());
            if (!lines.Succeeded)
                return Results.BadRequest();
            var results = await checker.CheckAsync(lines.Value!, http.RequestAborted);
            var columns = new RegisterColumns(t, await reference.GetAsync());
            var csv = new StringBuilder();
            void Line(IEnumerable<string> cells) => csv.Append(string.Join(';', cells.Select(c => CsvRegisterWriter.Cell(c, ";")))).Append("\r\n");
            Line([t["RegisterCheck_Line"].Value, t["RegisterCheck_Outcome"].Value, .. columns.Headers]);
            foreach (var r in results)
            {
                var outcome = t[$"RegisterCheck_Outcome_{r.Outcome}"].Value;
                if (r.Matches.Count == 0)
                    Line([r.Line, outcome]);
                foreach (var m in r.Matches)
                    Line([r.Line, outcome, .. columns.Cells(m)]);
            }
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8",
                $"{t["RegisterCheck_Title"].Value}.csv");
        }).ExcludeFromDescription();
        return app;
    }
}
