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
            // MudBlazor's default info, warning and success fail WCAG AA contrast with white text and in
            // text alerts (axe, BlazorRegistry.Tests/Browser/AccessibilityTests.cs): these darker tones pass.
            Info = "#0061A6",
            InfoDarken = "#004A80",
            Warning = "#9A5B00",
            WarningDarken = "#6E4100",
            Success = "#2E7D32",
            SuccessDarken = "#1B5E20",
            Error = "#B3261E",
            ErrorDarken = "#8C1D18",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Noto Sans", "sans-serif"] },
        },
    };
}
