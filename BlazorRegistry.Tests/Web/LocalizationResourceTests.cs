using System.Globalization;
using System.Xml.Linq;
using BlazorRegistry.App.Localization;
using BlazorRegistry.Core.Rules;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BlazorRegistry.Tests.Web;

public class LocalizationResources
{
    private static readonly string LocalizationFolder = Path.Combine(FindRepositoryRoot(), "BlazorRegistry.App", "Localization");

    private static IStringLocalizer<T> Localizer<T>() =>
        new StringLocalizer<T>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private static string In<T>(string culture, string key)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            var text = Localizer<T>()[key];
            Assert.False(text.ResourceNotFound, $"{key} has no {culture} text");
            return text.Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void TheResourcesFallBackToTheOneDefaultLanguage()
    {
        var fallback = typeof(SharedResource).Assembly.GetCustomAttributes(typeof(System.Resources.NeutralResourcesLanguageAttribute), false)
            .Cast<System.Resources.NeutralResourcesLanguageAttribute>().Single();
        Assert.Equal(BlazorRegistry.Core.Languages.Code(BlazorRegistry.Core.Languages.Default), fallback.CultureName);
        Assert.Equal(BlazorRegistry.Core.Languages.Default, SupportedCultures.LanguageOf(CultureInfo.GetCultureInfo(SupportedCultures.Default)));
    }

    [Fact]
    public void EveryEventKindHasKazakhAndRussianWordsForTheDeliveriesPage()
    {
        foreach (var kind in Enum.GetValues<BlazorRegistry.Core.Events.ApplicationEventKind>())
            Assert.NotEqual(In<SharedResource>("kk-KZ", $"OutboxEvent_{kind}"), In<SharedResource>("ru-RU", $"OutboxEvent_{kind}"));
    }

    [Fact]
    public void EveryErrorCodeHasKazakhAndRussianText()
    {
        foreach (var code in Enum.GetValues<ErrorCode>())
        {
            var kk = In<SharedResource>("kk-KZ", ErrorMessages.Key(code));
            var ru = In<SharedResource>("ru-RU", ErrorMessages.Key(code));
            Assert.NotEqual(kk, ru);
        }
    }

    [Theory]
    [InlineData("SharedResource")]
    [InlineData("MudBlazorTexts")]
    public void KazakhAndRussianFilesHaveTheSameKeysAndNoEmptyValues(string baseName)
    {
        var kk = Read(Path.Combine(LocalizationFolder, baseName + ".kk.resx"));
        var ru = Read(Path.Combine(LocalizationFolder, baseName + ".ru.resx"));
        Assert.Equal(kk.Keys.Order(), ru.Keys.Order());
        Assert.All(kk.Concat(ru), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    [Fact]
    public void MudBlazorSpeaksThePageLanguage()
    {
        var interceptor = new MudTextsInterceptor(NullLoggerFactory.Instance, Localizer<MudBlazorTexts>());
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("kk-KZ");
            Assert.Equal("Терезені жабу", interceptor.Handle("MudDialog_Close").Value);
            CultureInfo.CurrentUICulture = new CultureInfo("ru-RU");
            Assert.Equal("Закрыть окно", interceptor.Handle("MudDialog_Close").Value);
            Assert.Equal("1–25 из 300", interceptor.Handle("MudDataGridPager_InfoFormat", 1, 25, 300).Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    /// <summary>
    /// Every text MudBlazor has (read from its own resources, so a MudBlazor upgrade that adds one fails here)
    /// is translated, with the same placeholders: no English reaches a user from a component's corner.
    /// </summary>
    [Fact]
    public void EveryMudBlazorTextIsTranslatedWithItsPlaceholders()
    {
        var english = new Dictionary<string, string>();
        using (var stream = typeof(MudBlazor.MudButton).Assembly.GetManifestResourceStream("MudBlazor.Resources.LanguageResource.resources")!)
        using (var reader = new System.Resources.ResourceReader(stream))
        {
            var entries = reader.GetEnumerator();
            while (entries.MoveNext())
                english[(string)entries.Key] = (string)entries.Value!;
        }
        Assert.True(english.Count > 150, $"MudBlazor's own texts were not found ({english.Count})");
        foreach (var culture in new[] { "kk", "ru" })
        {
            var ours = Read(Path.Combine(LocalizationFolder, $"MudBlazorTexts.{culture}.resx"));
            Assert.Empty(english.Keys.Except(ours.Keys));
            Assert.All(english, pair => Assert.Equal(Placeholders(pair.Value), Placeholders(ours[pair.Key])));
        }
    }

    private static string Placeholders(string text) =>
        string.Join(",", System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order());

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    internal static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BlazorRegistry.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("BlazorRegistry.sln not found above the test binaries.");
    }
}
