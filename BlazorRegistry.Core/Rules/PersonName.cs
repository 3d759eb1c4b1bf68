using System.Globalization;
using System.Text;

namespace BlazorRegistry.Core.Rules;

/// <summary>Rules for the parts of a person's name and the folded key the register searches by.</summary>
public static class PersonName
{
    public const int MaxLength = 100;

    /// <summary>"Surname Given Patronymic" (register column 1), blank parts left out.</summary>
    public static string Full(string? surname, string? givenName, string? patronymic) =>
        string.Join(' ', new[] { surname, givenName, patronymic }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));

    /// <summary>
    /// A name part holds letters of any alphabet (Kazakh ә ғ қ ң ө ұ ү һ і included), with single spaces,
    /// hyphens and apostrophes between them.
    /// </summary>
    public static ErrorCode? CheckPart(string? part, bool required)
    {
        var text = part?.Trim() ?? "";
        if (text.Length == 0)
            return required ? ErrorCode.Required : null;
        if (text.Length > MaxLength)
            return ErrorCode.TooLong;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
                continue;
            var isJoiner = c is ' ' or '-' or '\'' or '’';
            if (!isJoiner || i == 0 || !char.IsLetter(text[i - 1]))
                return ErrorCode.NameInvalidCharacters;
        }
        return char.IsLetter(text[^1]) ? null : ErrorCode.NameInvalidCharacters;
    }

    /// <summary>
    /// Folds a name for search: lower case, Kazakh letters to their Russian look-alikes, ё to е
    /// (REFERENCE.md, "Names and search"), so "Нурлан" finds "Нұрлан". SQLite folds ASCII only,
    /// so the key is computed here and stored in its own column. White space of any kind becomes one space; other control
    /// characters and surrogates are dropped: no name or place holds one, and a NUL ends SQLite's full-text query and is
    /// refused by PostgreSQL in any text, so a stranger's "нур%00лан" or "locality=%00" in a register link failed the search.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var sb = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var ch in text.Trim().ToLower(CultureInfo.InvariantCulture))
        {
            var folded = ch switch
            {
                'ә' => 'а', 'ғ' => 'г', 'қ' => 'к', 'ң' => 'н', 'ө' => 'о',
                'ұ' or 'ү' => 'у', 'һ' => 'х', 'і' => 'и', 'ё' => 'е',
                '-' or '\'' or '’' => ' ',
                _ => ch,
            };
            if (char.IsWhiteSpace(folded))
            {
                if (!lastWasSpace)
                    sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            if (char.IsControl(folded) || char.IsSurrogate(folded))
                continue;
            sb.Append(folded);
            lastWasSpace = false;
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>Trims and collapses inner white space; the stored form of a name part.</summary>
    public static string? Normalize(string? part)
    {
        if (string.IsNullOrWhiteSpace(part))
            return null;
        return string.Join(' ', part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
