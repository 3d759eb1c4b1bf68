using MudBlazor;

namespace BlazorRegistry.App.Components.Layout;

/// <summary>The product's look: the state's blue and gold, with contrast that passes WCAG AA.</summary>
public static class RegistryTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#00558C",
            Secondary = "#8A6D00",
            AppbarBackground = "#00558C",
            AppbarText = "#FFFFFF",
            Background = "#F7F9FB",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Noto Sans", "sans-serif"] },
        },
    };
}
