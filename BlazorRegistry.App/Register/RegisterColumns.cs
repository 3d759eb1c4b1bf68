using System.Globalization;
using BlazorRegistry.App.Localization;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Register;
using BlazorRegistry.Core.Rules;
using Microsoft.Extensions.Localization;

namespace BlazorRegistry.App.Register;

/// <summary>
/// The ten columns of the register form (Order 21, appendix) as text in the page language: the same
/// words on the page, in the CSV and in the XLSX. A field the specialist did not publish is empty.
/// </summary>
public sealed class RegisterColumns
{
    public const int Count = 10;

    private readonly IStringLocalizer<SharedResource> _text;
    private readonly string _current;
    private readonly string _bin;
    private readonly string _years, _months;
    // Names by id, built once per page or export: an export formats 100,000 rows with them.
    private readonly Dictionary<int, string> _regions, _professions, _levels, _categories;

    private readonly ReferenceCatalog _catalog;
    private readonly DateOnly _today;
    private readonly string _lapsed;

    /// <param name="today">The day a category's lapse is judged on; Kazakhstan's today when not given.</param>
    public RegisterColumns(IStringLocalizer<SharedResource> text, ReferenceCatalog catalog, DateOnly? today = null)
    {
        _text = text;
        _catalog = catalog;
        _today = today ?? Core.Calendar.KazakhstanTime.DateOf(DateTime.UtcNow);
        _lapsed = text["Register_CategoryLapsed"].Value;
        var lang = SupportedCultures.Current;
        _regions = catalog.Regions.ToDictionary(r => r.Id, r => r.Name(lang));
        _professions = catalog.Professions.ToDictionary(p => p.Id, p => p.Name(lang));
        _levels = catalog.EducationLevels.ToDictionary(l => l.Id, l => l.Name(lang));
        _categories = catalog.Categories.ToDictionary(c => c.Id, c => c.Name(lang));
        _current = text["Period_ToPresent"].Value;
        _bin = text["Field_Bin"].Value;
        _years = text["Experience_Years"].Value;
        _months = text["Experience_Months"].Value;
    }

    public IReadOnlyList<string> Headers => Enumerable.Range(1, Count).Select(i => _text[$"Column_{i}"].Value).ToList();

    public IReadOnlyList<string> Cells(RegisterRow row)
    {
        return
        [
            row.FullName,
            D(row.DateOfBirth),
            Join(", ", MobilePhone.Readable(row.Mobile), row.Email),
            Join(", ", Name(_regions, row.RegionId), row.Locality, row.RegisteredAddress),
            Name(_professions, row.ProfessionId) ?? "",
            CountWords.Experience(_years, _months, row.ExperienceYears, row.ExperienceMonths, CultureInfo.CurrentCulture),
            string.Join("; ", row.Education.Select(e => Join(", ", Name(_levels, e.LevelId), e.Institution, Period(e.StartedOn, e.FinishedOn),
                $"{e.DocumentSeries} {e.DocumentNumber}".Trim(), D(e.DocumentIssuedOn)))),
            string.Join("; ", row.Employment.Select(e => Join(", ", e.Organisation, $"{_bin} {e.Bin}", e.Position, Period(e.StartedOn, e.FinishedOn)))),
            Qualifications(row.Qualifications),
            D(row.IncludedOn),
        ];
    }

    /// <summary>
    /// Every category with its date and commission; the current (latest) one is marked once it has lapsed,
    /// rather than silently dropped, until an amendment brings a new one.
    /// </summary>
    private string Qualifications(IReadOnlyList<Core.Applications.QualificationRecord> records)
    {
        var current = records.Where(q => q.AssignedOn is not null).MaxBy(q => q.AssignedOn);
        return string.Join("; ", records.Select(q =>
        {
            var text = Join(", ", Name(_categories, q.CategoryId), D(q.AssignedOn), q.Commission);
            return ReferenceEquals(q, current) && _catalog.Category(q.CategoryId)?.LapsesOn(q.AssignedOn) is { } lapses && lapses <= _today
                ? $"{text} ({string.Format(_lapsed, D(lapses))})"
                : text;
        }));
    }

    private string Period(DateOnly? from, DateOnly? to) => $"{D(from)} – {(to is null ? _current : D(to))}";

    private static string D(DateOnly? d) => d?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "";

    private static string? Name(Dictionary<int, string> names, int? id) => id is { } i && names.TryGetValue(i, out var n) ? n : null;

    private static string Join(string separator, params string?[] parts) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
