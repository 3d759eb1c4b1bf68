namespace BlazorRegistry.Core;

/// <summary>
/// The register's two languages (Order 21, cl. 4). One type from the database to the page: a person's
/// preferred language, reference names, messages and the page culture all speak it.
/// </summary>
public enum Language
{
    Kazakh = 0,
    Russian = 1,
}

public static class Languages
{
    /// <summary>Kazakh is the default everywhere: for a visitor without a choice and for any unknown code.</summary>
    public const Language Default = Language.Kazakh;

    public static readonly IReadOnlyList<Language> All = [Language.Kazakh, Language.Russian];

    /// <summary>"kk" or "ru", as URLs, cookies and the database name them.</summary>
    public static string Code(this Language language) => language == Language.Russian ? "ru" : "kk";

    /// <summary>Reads "kk", "ru" or a culture name ("kk-KZ", "ru-RU"); null for anything else.</summary>
    public static Language? TryParse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "kk" or "kk-kz" => Language.Kazakh,
        "ru" or "ru-ru" => Language.Russian,
        _ => null,
    };

    public static Language ParseOrDefault(string? code) => TryParse(code) ?? Default;
}
