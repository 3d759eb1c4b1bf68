namespace BlazorRegistry.App.Components.Pages.Apply;

/// <summary>
/// The version of the consent wording (resource Consent_Text). Change it whenever the wording changes, so
/// every stored consent still says which text the person agreed to.
/// </summary>
public static class ConsentText
{
    public const string Version = "2026-2";
}
