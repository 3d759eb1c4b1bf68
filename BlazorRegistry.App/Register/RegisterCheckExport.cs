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
            var table = new List<IEnumerable<string>>();
            void Line(IEnumerable<string> cells) => table.Add(cells.ToList());
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
            return CsvRegisterWriter.File(table, $"{t["RegisterCheck_Title"].Value}.csv");
        }).ExcludeFromDescription();
        return app;
    }
}
