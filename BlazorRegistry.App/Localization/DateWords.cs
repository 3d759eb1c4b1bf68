using System.Globalization;
using BlazorRegistry.Core;

namespace BlazorRegistry.App.Localization;

/// <summary>The grammatical case a date takes inside a Kazakh sentence.</summary>
public enum DateCase
{
    /// <summary>"2026 жылғы 9 желтоқсан": a date standing alone.</summary>
    Nominative,

    /// <summary>"2026 жылғы 9 желтоқсанға (дейін)": until.</summary>
    Dative,

    /// <summary>"2026 жылғы 9 желтоқсанда": on that day.</summary>
    Locative,

    /// <summary>"2026 жылғы 9 желтоқсаннан (бастап)": from.</summary>
    Ablative,
}

/// <summary>
/// Dates inside sentences, with the grammar the sentence needs: "2026 жылғы 9 желтоқсанға дейін",
/// "до 9 декабря 2026 года". .NET's long date ("2026 ж. 9 желтоқсан, сәрсенбі", "среда, 9 декабря 2026 г.")
/// is made for a calendar, not for a sentence. Russian takes the genitive in every sentence we write
/// ("до", "с", "на" a day, or the day alone), so only Kazakh needs the case.
/// Tables and forms keep the short numeric date (dd.MM.yyyy).
/// </summary>
public static class DateWords
{
    // Each month's case endings follow its last vowel and consonant (vowel harmony): written out, not derived,
    // so a reader can check them against a grammar book.
    private static readonly string[][] Kazakh =
    [
        // nominative, dative, locative, ablative
        ["қаңтар", "қаңтарға", "қаңтарда", "қаңтардан"],
        ["ақпан", "ақпанға", "ақпанда", "ақпаннан"],
        ["наурыз", "наурызға", "наурызда", "наурыздан"],
        ["сәуір", "сәуірге", "сәуірде", "сәуірден"],
        ["мамыр", "мамырға", "мамырда", "мамырдан"],
        ["маусым", "маусымға", "маусымда", "маусымнан"],
        ["шілде", "шілдеге", "шілдеде", "шілдеден"],
        ["тамыз", "тамызға", "тамызда", "тамыздан"],
        ["қыркүйек", "қыркүйекке", "қыркүйекте", "қыркүйектен"],
        ["қазан", "қазанға", "қазанда", "қазаннан"],
        ["қараша", "қарашаға", "қарашада", "қарашадан"],
        ["желтоқсан", "желтоқсанға", "желтоқсанда", "желтоқсаннан"],
    ];

    private static readonly string[] RussianGenitive =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    public static string Format(DateOnly date, Language language, DateCase grammaticalCase = DateCase.Nominative) => language == Language.Russian
        ? string.Create(CultureInfo.InvariantCulture, $"{date.Day} {RussianGenitive[date.Month - 1]} {date.Year} года")
        : string.Create(CultureInfo.InvariantCulture, $"{date.Year} жылғы {date.Day} {Kazakh[date.Month - 1][(int)grammaticalCase]}");

    /// <summary>In the language of the page being rendered.</summary>
    public static string Format(DateOnly date, DateCase grammaticalCase = DateCase.Nominative) =>
        Format(date, SupportedCultures.Current, grammaticalCase);
}
