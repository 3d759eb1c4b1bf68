using BlazorRegistry.Core.Applications;

namespace BlazorRegistry.Core.Review;

/// <summary>Order 21, cl. 9.2: why an application goes back to the applicant. Several may apply at once.</summary>
public enum ReturnReason
{
    /// <summary>R1: the profession name does not match.</summary>
    ProfessionMismatch = 1,
    /// <summary>R2: false information about the qualification category.</summary>
    FalseCategoryInformation = 2,
    /// <summary>R3: incomplete document package and/or expired documents.</summary>
    IncompleteOrExpiredDocuments = 3,
    /// <summary>R4: employment information (position and staff position) does not match.</summary>
    EmploymentMismatch = 4,
}

/// <summary>Order 21, cl. 9.3: why an application is refused. A refusal names exactly one.</summary>
public enum RefusalReason
{
    /// <summary>F1: deprived of the right to practise as a social worker by a court verdict in force.</summary>
    DeprivedOfRightToPractise = 1,
    /// <summary>F2: a court decision in force bans medical activity in the declared specialty.</summary>
    BannedFromMedicalActivity = 2,
    /// <summary>F3: declared incapable or of limited capacity by a court.</summary>
    LegallyIncapable = 3,
    /// <summary>F4: left Kazakhstan for permanent residence.</summary>
    EmigratedPermanently = 4,
}

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

    public static IReadOnlyList<ReturnReason> ParseReturnReasons(string? codes) =>
        (codes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(c => c.StartsWith('R') && int.TryParse(c[1..], out var n) && Enum.IsDefined((ReturnReason)n))
            .Select(c => (ReturnReason)int.Parse(c[1..]))
            .ToList();

    public static RefusalReason? ParseRefusalReason(string? code) =>
        code is ['F', var d] && Enum.IsDefined((RefusalReason)(d - '0')) ? (RefusalReason)(d - '0') : null;
}
