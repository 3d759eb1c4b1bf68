using System.Globalization;
using BlazorRegistry.Core;

namespace BlazorRegistry.App.Localization;

/// <summary>The cultures of the register's two languages (Order 21, cl. 4). Kazakh is the default.</summary>
public static class SupportedCultures
{
    public const string Kazakh = "kk-KZ";
    public const string Russian = "ru-RU";
    /// <summary>The culture of <see cref="Languages.Default"/>: the one default, named in Core.</summary>
    public static string Default => CultureName(Languages.Default);

    public static readonly IReadOnlyList<string> All = [Kazakh, Russian];

    /// <summary>The language of the page being rendered: read once where a render needs it.</summary>
    public static Language Current => LanguageOf(CultureInfo.CurrentUICulture);

    public static Language LanguageOf(CultureInfo culture) => Languages.ParseOrDefault(culture.TwoLetterISOLanguageName);

    public static string CultureName(Language language) => language == Language.Russian ? Russian : Kazakh;

    public static CultureInfo CultureOf(Language language) => CultureInfo.GetCultureInfo(CultureName(language));
}

/// <summary>Marker type for the shared kk/ru resources (SharedResource.kk.resx, SharedResource.ru.resx).</summary>
public sealed class SharedResource;
