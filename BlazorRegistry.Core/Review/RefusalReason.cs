namespace BlazorRegistry.Core.Review;

/// <summary>Rules cl. 9.3: why an application is refused. A refusal names exactly one.</summary>
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
