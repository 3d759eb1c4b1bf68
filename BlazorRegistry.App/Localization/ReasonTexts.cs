using BlazorRegistry.Core.Register;
using BlazorRegistry.Core.Review;
using Microsoft.Extensions.Localization;

namespace BlazorRegistry.App.Localization;

/// <summary>
/// The Order's reasons in words: "R3 Толық емес құжаттар топтамасын ұсыну…". The one place that builds a
/// reason's label, for pages, decisions, history and messages alike.
/// </summary>
public static class ReasonTexts
{
    public static string Key(ReturnReason reason) => $"ReturnReason_{reason}";

    public static string Key(RefusalReason reason) => $"RefusalReason_{reason}";

    public static string Key(ExclusionReason reason) => $"Exclusion_{reason.Code()}";

    /// <summary>Code and words, with <paramref name="text"/> looking a resource key up in the reader's language.</summary>
    public static string Label(ReturnReason reason, Func<string, string> text) => $"{reason.Code()} {text(Key(reason))}";

    public static string Label(RefusalReason reason, Func<string, string> text) => $"{reason.Code()} {text(Key(reason))}";

    public static string Label(ExclusionReason reason, Func<string, string> text) => $"{reason.Code()} {text(Key(reason))}";

    /// <summary>In the page language.</summary>
    public static string Label(this IStringLocalizer localizer, ReturnReason reason) => Label(reason, key => localizer[key]);

    public static string Label(this IStringLocalizer localizer, RefusalReason reason) => Label(reason, key => localizer[key]);

    public static string Label(this IStringLocalizer localizer, ExclusionReason? reason) => reason is { } r ? Label(r, key => localizer[key]) : "";
}
