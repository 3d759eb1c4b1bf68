using System.Globalization;
using BlazorRegistry.App.Localization;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Register;
using Microsoft.Extensions.Localization;

namespace BlazorRegistry.App.Register;

/// <summary>
/// The ten columns of the register form (Order 21, appendix) as text in the page language: the same
/// words on the page, in the CSV and in the XLSX. A field the specialist did not publish is empty.
/// </summary>
public sealed class RegisterColumns(IStringLocalizer<SharedResource> text, ReferenceCatalog catalog)
{
    public const int Count = 10;

    public IReadOnlyList<string> Headers => Enumerable.Range(1, Count).Select(i => text[$"Column_{i}"].Value).ToList();

    public IReadOnlyList<string> Cells(RegisterRow row)
    {
        var lang = SupportedCultures.LanguageOf(CultureInfo.CurrentUICulture);
        string D(DateOnly? d) => d?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "";
        string Period(DateOnly? from, DateOnly? to) => $"{D(from)} – {(to is null ? text["Field_CurrentJob"].Value : D(to))}";

        return
        [
            row.FullName,
            D(row.DateOfBirth),
            string.Join(", ", new[] { row.Mobile, row.Email }.Where(v => !string.IsNullOrEmpty(v))),
            string.Join(", ", new[] { catalog.Regions.FirstOrDefault(r => r.Id == row.RegionId)?.Name(lang), row.Locality, row.RegisteredAddress }.Where(v => !string.IsNullOrEmpty(v))),
            catalog.Profession(row.ProfessionId)?.Name(lang) ?? "",
            string.Format(CultureInfo.CurrentCulture, text["Experience_Format"], row.ExperienceYears, row.ExperienceMonths),
            string.Join("; ", row.Education.Select(e => string.Join(", ", new[]
            {
                catalog.EducationLevels.FirstOrDefault(l => l.Id == e.LevelId)?.Name(lang), e.Institution, Period(e.StartedOn, e.FinishedOn),
                $"{e.DocumentSeries} {e.DocumentNumber}".Trim(), D(e.DocumentIssuedOn),
            }.Where(v => !string.IsNullOrWhiteSpace(v))))),
            string.Join("; ", row.Employment.Select(e => string.Join(", ", new[]
            {
                e.Organisation, $"{text["Field_Bin"]} {e.Bin}", e.Position, Period(e.StartedOn, e.FinishedOn),
            }.Where(v => !string.IsNullOrWhiteSpace(v))))),
            string.Join("; ", row.Qualifications.Select(q => string.Join(", ", new[]
            {
                catalog.Category(q.CategoryId)?.Name(lang), D(q.AssignedOn), q.Commission,
            }.Where(v => !string.IsNullOrWhiteSpace(v))))),
            D(row.IncludedOn),
        ];
    }
}
