using Microsoft.Extensions.Localization;
using MudBlazor;

namespace BlazorRegistry.App.Localization;

/// <summary>
/// MudBlazor's own texts (pager labels, "close", date picker buttons) in Kazakh and Russian from our
/// resources (MudBlazorTexts.kk.resx, .ru.resx); MudBlazor's English is the last resort for a key we
/// have not translated.
/// </summary>
public sealed class MudTextsInterceptor(ILoggerFactory loggerFactory, IStringLocalizer<MudBlazorTexts> texts)
    : AbstractLocalizationInterceptor(loggerFactory)
{
    public override LocalizedString Handle(string key, params object[] arguments)
    {
        var ours = texts[key, arguments];
        return ours.ResourceNotFound ? Localizer[key, arguments] : ours;
    }
}

/// <summary>Marker type for MudBlazor's translated texts.</summary>
public sealed class MudBlazorTexts;
