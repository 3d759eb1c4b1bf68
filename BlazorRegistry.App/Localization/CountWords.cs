using System.Globalization;
using Microsoft.Extensions.Localization;

namespace BlazorRegistry.App.Localization;

/// <summary>
/// A number with its noun in the right form. A resource holds one form for Kazakh (a noun after a
/// numeral stays singular: "5 жыл") and three for Russian, "one|few|many": "{0} год|{0} года|{0} лет".
/// </summary>
public static class CountWords
{
    public static string Format(string forms, long count, CultureInfo culture)
    {
        var options = forms.Split('|');
        var form = options.Length == 3 ? options[RussianForm(count)] : options[0];
        return string.Format(culture, form, count);
    }

    /// <summary>0 for 1, 21, 101…; 1 for 2–4, 22–24…; 2 for 0, 5–20, 25–30… (the rule of Russian grammar).</summary>
    public static int RussianForm(long count)
    {
        var n = Math.Abs(count);
        return (n % 10, n % 100) switch
        {
            (1, not 11) => 0,
            (>= 2 and <= 4, < 12 or > 14) => 1,
            _ => 2,
        };
    }

    /// <summary>
    /// Work experience as people say it: "5 лет 3 месяца", "1 год", "7 месяцев", "2 жыл 1 ай"; a part that is
    /// zero is left out, and no experience at all reads "0 лет" / "0 жыл".
    /// </summary>
    public static string Experience(string yearForms, string monthForms, int years, int months, CultureInfo culture) =>
        (years, months) switch
        {
            (_, 0) => Format(yearForms, years, culture),
            (0, _) => Format(monthForms, months, culture),
            _ => $"{Format(yearForms, years, culture)} {Format(monthForms, months, culture)}",
        };

    /// <summary>In the page language.</summary>
    public static string Experience(this IStringLocalizer text, int years, int months) =>
        Experience(text["Experience_Years"], text["Experience_Months"], years, months, CultureInfo.CurrentCulture);
}
