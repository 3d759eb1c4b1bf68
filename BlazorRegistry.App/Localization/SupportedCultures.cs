using System.Globalization;

namespace BlazorRegistry.App.Localization;

/// <summary>The register's two languages (Order 21, cl. 4). Kazakh is the default.</summary>
public static class SupportedCultures
{
    public const string Kazakh = "kk-KZ";
    public const string Russian = "ru-RU";
    public const string Default = Kazakh;

    public static readonly IReadOnlyList<string> All = [Kazakh, Russian];

    /// <summary>"kk" or "ru", as the toggle and the URLs name them.</summary>
    public static string LanguageOf(CultureInfo culture) => culture.TwoLetterISOLanguageName == "ru" ? "ru" : "kk";

    public static string? CultureFor(string? language) => language?.ToLowerInvariant() switch
    {
        "kk" or "kk-kz" => Kazakh,
        "ru" or "ru-ru" => Russian,
        _ => null,
    };
}

/// <summary>Marker type for the shared kk/ru resources (SharedResource.kk.resx, SharedResource.ru.resx).</summary>
public sealed class SharedResource;
