using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using MudBlazor;
using MudBlazor.Services;

namespace BlazorRegistry.App.Localization;

/// <summary>Kazakh and Russian: resources, MudBlazor's own texts, error words, relative times and the request culture.</summary>
public static class LocalizationSetup
{
    public static IServiceCollection AddRegistryLocalization(this IServiceCollection services)
    {
        // Kazakh and Russian text goes out as characters, not as &#x...; entities (the default encoder
        // allows Basic Latin only), which keeps pages a third of the size and readable in tests.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddLocalization();
        services.AddScoped<ErrorMessages>();
        services.AddScoped<RelativeTime>();
        services.AddLocalizationInterceptor<MudTextsInterceptor>();
        return services;
    }

    /// <summary>Kazakh unless the visitor chose Russian (cookie) or a link says so (?culture=ru-RU).</summary>
    public static IApplicationBuilder UseRegistryLocalization(this IApplicationBuilder app) =>
        app.UseRequestLocalization(o =>
        {
            o.SetDefaultCulture(SupportedCultures.Default)
                .AddSupportedCultures([.. SupportedCultures.All])
                .AddSupportedUICultures([.. SupportedCultures.All]);
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
}
