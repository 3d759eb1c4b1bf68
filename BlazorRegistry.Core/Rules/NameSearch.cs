using System.Linq.Expressions;
using System.Text;

namespace BlazorRegistry.Core.Rules;

/// <summary>
/// A name search that also understands Latin spelling: "sarsenbayeva" (a passport's ICAO style) and
/// "Särsenbaeva" (the Kazakh Latin alphabet of 2021) both find "Сәрсенбаева". Each word of the query
/// must occur in the folded name (<see cref="PersonName.Fold"/>), in any order.
/// </summary>
/// <remarks>
/// A Latin word is written in Cyrillic by one fixed table, and compared with a coarser form of the stored key
/// in which the letters Latin spelling cannot tell apart are made one: ы й і → и, э → е, я → иа, ю → иу,
/// щ → ш, ъ ь dropped, и и → и. So "y" (й, ы or и), "ya" / "ia" (я) and "ye" (е after a vowel) need no guessing.
/// Cyrillic queries keep the plain folded comparison.
/// </remarks>
public static class NameSearch
{
    /// <summary>At most this many words of a query are used.</summary>
    public const int MaxWords = 5;

    /// <summary>The shortest word the board's trigram indexes find (shorter words are looked for by a scan).</summary>
    public const int IndexedWordLength = 3;

    // Stored key → coarse key, in order (я → иа before anything else turns и into something).
    private static readonly (string From, string To)[] Coarse =
        [("я", "иа"), ("ю", "иу"), ("ы", "и"), ("й", "и"), ("э", "е"), ("щ", "ш"), ("ъ", ""), ("ь", ""), ("ии", "и")];

    private static readonly System.Reflection.MethodInfo Replace = typeof(string).GetMethod(nameof(string.Replace), [typeof(string), typeof(string)])!;
    private static readonly System.Reflection.MethodInfo Contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    /// <summary>Keeps the rows whose <paramref name="key"/> (a folded name) holds every word of <paramref name="query"/>.</summary>
    public static IQueryable<T> WhereNameHas<T>(this IQueryable<T> rows, Expression<Func<T, string>> key, string? query)
    {
        foreach (var (word, latin) in Words(query))
            rows = rows.WhereNameHasWord(key, word, latin);
        return rows;
    }

    /// <summary>Keeps the rows whose <paramref name="key"/> holds one word of a query (<see cref="Words"/>), by a scan.</summary>
    public static IQueryable<T> WhereNameHasWord<T>(this IQueryable<T> rows, Expression<Func<T, string>> key, string word, bool latin) =>
        rows.Where(Matching(key, word, latin, (target, value) => Expression.Call(target, Contains, value)));

    /// <summary>
    /// "<paramref name="key"/> (or for a Latin word its coarse form) matches <paramref name="value"/>" as a condition, the
    /// comparison given by the provider (a LIKE pattern on PostgreSQL, for its trigram index). The value becomes a SQL
    /// parameter: every search shares one compiled query instead of filling the query cache with one per name typed.
    /// </summary>
    public static Expression<Func<T, bool>> Matching<T>(Expression<Func<T, string>> key, string value, bool latin,
        Func<Expression, Expression, Expression> compare)
    {
        var target = latin ? CoarseOf(key.Body) : key.Body;
        var parameter = Expression.Property(Expression.Constant(new SearchWord(value)), nameof(SearchWord.Value));
        return Expression.Lambda<Func<T, bool>>(compare(target, parameter), key.Parameters);
    }

    private static Expression CoarseOf(Expression key)
    {
        foreach (var (from, to) in Coarse)
            key = Expression.Call(key, Replace, Expression.Constant(from), Expression.Constant(to));
        return key;
    }

    /// <summary>
    /// The coarse form of <paramref name="column"/> in SQL, as the replacements above translate (SQLite and PostgreSQL
    /// alike): the indexes of migration BoardNameIndex hold it, and a test keeps their text and this one the same.
    /// </summary>
    public static string CoarseSql(string column) =>
        Coarse.Aggregate(column, (sql, r) => $"replace({sql}, '{r.From}', '{r.To}')");

    /// <summary>
    /// The words to look for: a Cyrillic word folded (<see cref="PersonName.Fold"/>, which also drops control characters),
    /// a Latin word written in coarse Cyrillic. Words are parted by any white space, a tab or a line end too. Quotation
    /// marks typed around a name are no part of it: «Нұрлан» and "нурлан" find what нурлан finds (before, a two-letter
    /// word with a quote went to the board's index as a three-letter one, and found nothing).
    /// </summary>
    public static IReadOnlyList<(string Word, bool Latin)> Words(string? query) =>
        (query ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => PersonName.Fold(string.Concat(w.Where(c => !Quotes.Contains(c)))).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => IsLatin(w) ? (FromLatin(w), true) : (w, false))
            .Where(w => w.Item1.Length > 0)
            .Take(MaxWords).ToList();

    private sealed record SearchWord(string Value);

    private const string Quotes = "\"«»“”„";

    private static bool IsLatin(string word) => word.Any(c => c is >= 'a' and <= 'z' || "äğqñöūüışç".Contains(c));

    /// <summary>A folded Latin word in coarse Cyrillic: "sarsenbayeva" → "сарсенбаева", "qasymova" → "касимова".</summary>
    public static string FromLatin(string word)
    {
        var w = word.ToLowerInvariant();
        var sb = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length;)
        {
            var rest = w.AsSpan(i);
            var previousIsVowel = i == 0 || "aeiouyäöüūı".Contains(w[i - 1]);
            (string Cyrillic, int Length) next = rest switch
            {
                _ when rest.StartsWith("shch") => ("ш", 4),
                _ when rest.StartsWith("sh") => ("ш", 2),
                _ when rest.StartsWith("ch") => ("ч", 2),
                _ when rest.StartsWith("zh") => ("ж", 2),
                _ when rest.StartsWith("kh") => ("х", 2),
                _ when rest.StartsWith("ts") => ("ц", 2),
                // "ye" / "ie" where Cyrillic has е after a vowel or at the start: "bayeva" баева, "yerlan" ерлан.
                _ when (rest.StartsWith("ye") || rest.StartsWith("ie")) && previousIsVowel && i + 1 < w.Length => ("е", 2),
                _ when rest.StartsWith("yo") => ("е", 2),
                _ => (Letter(w[i]), 1),
            };
            sb.Append(next.Cyrillic);
            i += next.Length;
        }
        return sb.ToString().Replace("ии", "и"); // "yulia" / "Юлия" (ю-л-и-иа), "mariya" / "Мария"
    }

    private static string Letter(char c) => c switch
    {
        'a' or 'ä' => "а", 'b' => "б", 'v' => "в", 'g' or 'ğ' => "г", 'd' => "д", 'e' => "е", 'j' => "ж", 'z' => "з",
        'i' or 'ı' or 'y' => "и", 'k' or 'q' => "к", 'l' => "л", 'm' => "м", 'n' or 'ñ' => "н", 'o' or 'ö' => "о", 'p' => "п",
        'r' => "р", 's' => "с", 't' => "т", 'u' or 'ū' or 'ü' or 'w' => "у", 'f' => "ф", 'h' => "х", 'c' => "ц", 'ş' => "ш",
        'ç' => "ч", 'x' => "кс",
        _ => c.ToString(),
    };
}
