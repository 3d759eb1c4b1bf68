using System.Globalization;
using BlazorRegistry.Core;
using Humanizer;
using Microsoft.Extensions.Localization;

namespace BlazorRegistry.App.Localization;

/// <summary>
/// "2 күн бұрын" / "2 дня назад". Humanizer words Russian; it has no Kazakh, so Kazakh comes from our
/// resources (Kazakh numerals take no plural, which keeps the forms few).
/// </summary>
public sealed class RelativeTime(IStringLocalizer<SharedResource> text, TimeProvider time)
{
    public string Since(DateTime utc)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var culture = CultureInfo.CurrentUICulture;
        if (SupportedCultures.Current == Language.Russian)
            return utc.Humanize(utcDate: true, dateToCompareAgainst: now, culture: culture);
        var ago = now - utc;
        return ago switch
        {
            { TotalMinutes: < 1 } => text["Relative_JustNow"],
            { TotalHours: < 1 } => string.Format(culture, text["Relative_MinutesAgo"], (int)ago.TotalMinutes),
            { TotalDays: < 1 } => string.Format(culture, text["Relative_HoursAgo"], (int)ago.TotalHours),
            { TotalDays: < 2 } => text["Relative_Yesterday"],
            { TotalDays: < 30 } => string.Format(culture, text["Relative_DaysAgo"], (int)ago.TotalDays),
            { TotalDays: < 365 } => string.Format(culture, text["Relative_MonthsAgo"], (int)(ago.TotalDays / 30)),
            _ => string.Format(culture, text["Relative_YearsAgo"], (int)(ago.TotalDays / 365)),
        };
    }
}
