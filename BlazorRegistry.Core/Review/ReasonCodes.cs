using BlazorRegistry.Core.Applications;

namespace BlazorRegistry.Core.Review;

/// <summary>
/// The Order's codes for the reasons (R1–R4, F1–F4) and the one place that writes and reads them as text
/// (the database column holds "R1,R3"; everything above it sees <see cref="ReturnReason"/> values).
/// </summary>
public static class ReasonCodes
{
    /// <summary>The Order's code: R1–R4.</summary>
    public static string Code(this ReturnReason reason) => "R" + (int)reason;

    /// <summary>The Order's code: F1–F4.</summary>
    public static string Code(this RefusalReason reason) => "F" + (int)reason;

    /// <summary>The wizard section the applicant has to fix for a return reason.</summary>
    public static ApplicationSection AffectedSection(this ReturnReason reason) => reason switch
    {
        ReturnReason.ProfessionMismatch => ApplicationSection.ProfessionAndExperience,
        ReturnReason.FalseCategoryInformation => ApplicationSection.Qualification,
        ReturnReason.IncompleteOrExpiredDocuments => ApplicationSection.Documents,
        ReturnReason.EmploymentMismatch => ApplicationSection.Employment,
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    /// <summary>"R1,R3": distinct, in the Order's order.</summary>
    public static string Format(IEnumerable<ReturnReason> reasons) =>
        string.Join(',', reasons.Distinct().Order().Select(r => r.Code()));

    /// <summary>Reads <see cref="Format"/>'s text back; unknown codes are skipped.</summary>
    public static IReadOnlyList<ReturnReason> ParseReturnReasons(string? codes) =>
        (codes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c is ['R', .. var digits] && int.TryParse(digits, out var n) && Enum.IsDefined((ReturnReason)n) ? (ReturnReason?)n : null)
            .OfType<ReturnReason>()
            .Distinct().Order()
            .ToList();
}
