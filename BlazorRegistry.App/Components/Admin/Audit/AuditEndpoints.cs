using System.Globalization;
using System.Text;
using BlazorRegistry.App.Localization;
using BlazorRegistry.App.Register;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Audit;
using BlazorRegistry.Core.Calendar;
using Microsoft.Extensions.Localization;

namespace BlazorRegistry.App.Components.Admin.Audit;

/// <summary>GET /admin/audit/export.csv: the audit as filtered on /admin/audit, for administrators.</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/audit/export.csv", async (HttpContext http, AuditLog audit, AccountService accounts, IStringLocalizer<SharedResource> text, TimeProvider time) =>
        {
            var separator = CultureInfo.CurrentCulture.TextInfo.ListSeparator;
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment")
                { FileNameStar = $"audit-{KazakhstanTime.Today(time):yyyyMMdd}.csv" }.ToString();
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
            string Line(params string?[] cells) => string.Join(separator, cells.Select(c => CsvRegisterWriter.Cell(c ?? "", separator)));
            await writer.WriteLineAsync(Line(text["Audit_When"], text["Audit_Who"], text["Audit_What"], text["Audit_Application"],
                text["Audit_Account"], text["Audit_Detail"], text["Audit_Address"]));
            if (await AuditFilter.Parse(http.Request.Query).ToQueryAsync(accounts) is { } query)
            {
                var names = new Dictionary<string, string>();
                await foreach (var batch in audit.StreamAsync(query, http.RequestAborted).Chunk(1000))
                {
                    foreach (var (id, name) in await accounts.NamesAsync(batch.SelectMany(e => new[] { e.ActorId, e.SubjectUserId }).Where(i => i is not null && !names.ContainsKey(i))))
                        names[id] = name;
                    foreach (var e in batch)
                        await writer.WriteLineAsync(Line(KazakhstanTime.ToLocal(e.AtUtc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                            names.GetValueOrDefault(e.ActorId, e.ActorId), text[$"Audit_{e.Action}"], e.ApplicationId?.ToString(CultureInfo.InvariantCulture),
                            e.SubjectUserId is { } s ? names.GetValueOrDefault(s, s) : null, e.Detail, e.Address));
                }
            }
            await writer.FlushAsync(http.RequestAborted);
        }).RequireAuthorization(p => p.RequireRole(Roles.Administrator)).ExcludeFromDescription();
        return app;
    }
}
