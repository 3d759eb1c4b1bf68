using System.Globalization;
using BlazorRegistry.App.Localization;
using BlazorRegistry.Core;
using BlazorRegistry.Core.Rules;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Review;
using Microsoft.Extensions.Localization;

namespace BlazorRegistry.App.Statistics;

/// <summary>
/// One staff figure as words: a title, the table's headers and rows (what screen readers and the CSV read) and, per
/// row, the number its chart bar stands for. The page and the CSV export both take the figures from here.
/// </summary>
public sealed record FigureTable(string Id, string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<double> Values);

/// <summary>Puts <see cref="StaffFigures"/> into kk/ru tables, in the page's language.</summary>
public sealed class FigureTables(IStringLocalizer<SharedResource> t)
{
    public static readonly IReadOnlyList<string> Ids =
        ["received-weeks", "received-months", "by-state", "by-region", "by-profession", "timeliness", "returns", "refusals", "overdue"];

    public IReadOnlyList<FigureTable> Of(StaffFigures f, ReferenceCatalog catalog, IReadOnlyDictionary<string, string> administrators)
    {
        var lang = SupportedCultures.Current;
        string N(int n) => n.ToString("N0", CultureInfo.CurrentCulture);
        FigureTable Counts(string id, string heading, IEnumerable<(string Name, int Count)> rows)
        {
            var list = rows.ToList();
            return new FigureTable(id, t[$"StaffStatistics_{id}"], [heading, t["StaffStatistics_Count"]],
                list.Select(r => (IReadOnlyList<string>)[r.Name, N(r.Count)]).ToList(), list.Select(r => (double)r.Count).ToList());
        }
        return
        [
            Counts("received-weeks", t["StaffStatistics_Week"], f.ReceivedByWeek.Select(c => (WeekName(c.Period), c.Count))),
            Counts("received-months", t["StaffStatistics_Month"], f.ReceivedByMonth.Select(c => (MonthName(c.Period), c.Count))),
            Counts("by-state", t["StaffStatistics_State"], f.ByState.Select(c => (t[$"Status_{c.Code}"].Value, c.Count))),
            Counts("by-region", t["Field_Region"], f.ByRegion.Select(c => (catalog.Regions.FirstOrDefault(r => r.Id == c.Code)?.Name(lang) ?? "—", c.Count))),
            Counts("by-profession", t["Field_Profession"], f.ByProfession.Select(c => (catalog.Profession(c.Code)?.Name(lang) ?? "—", c.Count))),
            new FigureTable("timeliness", t["StaffStatistics_timeliness"],
                [t["StaffStatistics_Month"], t["StaffStatistics_Decided"], t["StaffStatistics_WithinTerm"], t["StaffStatistics_Share"], t["StaffStatistics_Median"], t["StaffStatistics_P90"]],
                f.TimelinessByMonth.Select(m => (IReadOnlyList<string>)[MonthName(m.Month), N(m.Decided), N(m.WithinTerm),
                    m.ShareWithinTerm.ToString("P0", CultureInfo.CurrentCulture), N(m.MedianWorkingDays), N(m.P90WorkingDays)]).ToList(),
                f.TimelinessByMonth.Select(m => Math.Round(m.ShareWithinTerm * 100, 1)).ToList()),
            Counts("returns", t["StaffStatistics_Reason"], f.Returns.Select(c => ($"{c.Code.Code()} — {t[$"ReturnReason_{c.Code}"]}", c.Count))),
            Counts("refusals", t["StaffStatistics_Reason"], f.Refusals.Select(c => ($"{c.Code.Code()} — {t[$"RefusalReason_{c.Code}"]}", c.Count))),
            Counts("overdue", t["StaffStatistics_Administrator"], f.OverdueByAdministrator.Select(o =>
                (o.AdministratorId is null ? t["StaffStatistics_Unclaimed"].Value : MobilePhone.Readable(administrators.GetValueOrDefault(o.AdministratorId, o.AdministratorId))!, o.Count))),
        ];
    }

    /// <summary>"2026-W12" in words: "2026 ж., 12-апта", "2026 г., 12-я неделя".</summary>
    private string WeekName(string week) => week.Split("-W") is [var year, var number] ? string.Format(t["StaffStatistics_WeekName"], year, int.Parse(number, CultureInfo.InvariantCulture)) : week;

    /// <summary>"2026-03" as the page's language names the month: "наурыз 2026", "март 2026".</summary>
    private static string MonthName(string month) =>
        DateTime.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? $"{CultureInfo.CurrentCulture.DateTimeFormat.GetMonthName(d.Month)} {d.Year}" : month;
}
