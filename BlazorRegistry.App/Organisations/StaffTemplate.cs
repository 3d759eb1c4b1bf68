using System.Globalization;
using BlazorRegistry.App.Localization;
using BlazorRegistry.App.Notifications;
using BlazorRegistry.App.Register;
using BlazorRegistry.Core;
using BlazorRegistry.Core.Organisations.Import;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.App.Organisations;

/// <summary>
/// The staff list's template in Kazakh or Russian (CSV or XLSX): the columns' headers and one example row.
/// The import accepts the headers of either language, so a file filled from the Russian template imports
/// from the Kazakh page too.
/// </summary>
public static class StaffTemplate
{
    public static IReadOnlyList<string> Headers(Language language) =>
        Enum.GetValues<StaffColumn>().Select(c => MessageTexts.Text($"Import_Column_{c}", language)).ToList();

    /// <summary>Every column's header in every language: what the import recognises.</summary>
    public static IReadOnlyDictionary<StaffColumn, IReadOnlyList<string>> HeaderNames { get; } =
        Enum.GetValues<StaffColumn>().ToDictionary(c => c, c => (IReadOnlyList<string>)Languages.All.Select(l => MessageTexts.Text($"Import_Column_{c}", l)).ToList());

    /// <summary>An example specialist, valid on every rule (a made-up IIN whose check digit holds): replace it with real staff.</summary>
    public static IReadOnlyList<string> Example(Language language, ReferenceCatalog catalog)
    {
        var born = new DateOnly(1990, 5, 15);
        return language == Language.Russian
            ? ["Иванова", "Анна", "Сергеевна", born.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), Iin.Compose(born, Sex.Female, 1) ?? "",
                "+7 701 234 56 78", "anna@example.kz", catalog.Professions.First(p => p.IsActive).Name(language), "Социальный работник по уходу", "10.01.2015"]
            : ["Сейтқали", "Нұрлан", "Әлиұлы", born.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), Iin.Compose(born, Sex.Male, 1) ?? "",
                "+7 701 234 56 78", "nurlan@example.kz", catalog.Professions.First(p => p.IsActive).Name(language), "Күтім жөніндегі әлеуметтік қызметкер", "10.01.2015"];
    }

    public static IEndpointRouteBuilder MapStaffTemplate(this IEndpointRouteBuilder app)
    {
        app.MapGet("/organisation/staff-template.csv", async (ReferenceDataProvider reference) =>
        {
            var language = SupportedCultures.Current;
            return CsvRegisterWriter.File([Headers(language), Example(language, await reference.GetAsync())], $"{MessageTexts.Text("Import_Sheet", language)}.csv");
        }).RequireAuthorization(p => p.RequireRole(Core.Accounts.Roles.Applicant)).ExcludeFromDescription();
        app.MapGet("/organisation/staff-template.xlsx", async (ReferenceDataProvider reference, CancellationToken ct) =>
        {
            var language = SupportedCultures.Current;
            var buffer = new MemoryStream();
            await XlsxRegisterWriter.WriteTableAsync(buffer, Headers(language), One(Example(language, await reference.GetAsync())),
                MessageTexts.Text("Import_Sheet", language), ct);
            return Results.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{MessageTexts.Text("Import_Sheet", language)}.xlsx");
        }).RequireAuthorization(p => p.RequireRole(Core.Accounts.Roles.Applicant)).ExcludeFromDescription();
        return app;
    }

#pragma warning disable CS1998 // one row, already at hand
    private static async IAsyncEnumerable<IReadOnlyList<string>> One(IReadOnlyList<string> row)
    {
        yield return row;
    }
#pragma warning restore CS1998
}
