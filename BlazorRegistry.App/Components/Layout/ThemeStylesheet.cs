using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace BlazorRegistry.App.Components.Layout;

/// <summary>
/// The theme's stylesheet exactly as <see cref="MudThemeProvider"/> writes it, rendered once. Static pages show this
/// copy instead of the provider: the provider built the same hundred CSS variables on every request and, when the page
/// was done, tried to stop watching the browser's dark mode, a JavaScript call that a static render refuses with an
/// exception, caught and dropped, once per request of every public page (issue #21).
/// </summary>
public sealed class ThemeStylesheet(IServiceProvider services, ILoggerFactory loggers)
{
    private Task<MarkupString>? _markup;

    /// <summary>The copy; a render that failed is tried again by the next page rather than kept (two at once are harmless).</summary>
    public Task<MarkupString> GetAsync()
    {
        var markup = _markup;
        if (markup is null || markup.IsFaulted || markup.IsCanceled)
            _markup = markup = RenderAsync(services, loggers);
        return markup;
    }

    private static async Task<MarkupString> RenderAsync(IServiceProvider services, ILoggerFactory loggers)
    {
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(MudThemeProvider.Theme)] = RegistryTheme.Theme });
            return (await renderer.RenderComponentAsync<MudThemeProvider>(parameters)).ToHtmlString();
        });
        return new MarkupString(html);
    }
}
