using BlazorRegistry.Core.Rules;
using Microsoft.Extensions.Localization;

namespace BlazorRegistry.App.Localization;

/// <summary>Turns Core's error codes into the page language's words (resource key Error_{code}).</summary>
public sealed class ErrorMessages(IStringLocalizer<SharedResource> text)
{
    public string this[ErrorCode code] => text[Key(code)];

    public string this[RuleError error] => this[error.Code];

    public static string Key(ErrorCode code) => $"Error_{code}";
}
