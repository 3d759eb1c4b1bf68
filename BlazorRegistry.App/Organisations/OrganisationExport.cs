using System.Globalization;
using BlazorRegistry.App.Localization;
using BlazorRegistry.App.Register;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace BlazorRegistry.App.Organisations;

/// <summary>The organisation's list of its specialists as CSV (issue #16, point 4), in the page's language; its own rows only.</summary>
public static class OrganisationExport
{
    public static IEndpointRouteBuilder MapOrganisationExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/organisation/applications.csv", async (HttpContext http, OrganisationService organisations, UserManager<RegistryUser> users,
            IStringLocalizer<SharedResource> t, TimeProvider time) =>
        {
            var rows = await organisations.ApplicationsAsync(users.GetUserId(http.User)!, http.RequestAborted);
            var today = KazakhstanTime.Today(time);
            string Date(DateOnly? d) => d?.ToString("d", CultureInfo.CurrentCulture) ?? "";
            var lines = new List<IEnumerable<string>>
            {
                new[] { "Field_FullName", "Import_Column_Iin", "Organisation_ReferenceNumber", "Organisation_State", "Organisation_AwaitsSpecialist",
                    "Organisation_Deadline", "Organisation_ReturnReasons", "Organisation_EntryNumber", "Organisation_CategoryLapsesOn" }.Select(k => t[k].Value),
            };
            lines.AddRange(rows.Select(r => new[]
            {
                r.FullName ?? "", r.Iin ?? "", r.ReferenceNumber ?? "", t[$"Status_{r.Status}"].Value,
                r.Status.IsEditable() && r.AwaitsSpecialistConfirmation ? t["Organisation_Yes"].Value : "",
                r.Status.AwaitsDecision() ? Date(r.DecisionDeadline) : "",
                string.Join("; ", r.ReturnReasons.Select(x => ReasonTexts.Label(x, key => t[key].Value))),
                r.EntryNumber ?? "", r.CategoryLapsingBy(today) ? Date(r.CategoryLapsesOn) : "",
            }));
            http.Response.Headers.CacheControl = "private, no-store";
            return CsvRegisterWriter.File(lines, $"{t["Organisation_Specialists"].Value}.csv");
        }).RequireAuthorization(p => p.RequireRole(Roles.Applicant)).ExcludeFromDescription();
        return app;
    }
}
