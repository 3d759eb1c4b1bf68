namespace BlazorRegistry.Core.Register;

/// <summary>
/// Why an administrator takes an entry out of the register. The court and residence grounds are those
/// that bar inclusion (Rules cl. 9.3, F1–F4); the others end an entry that was rightly made.
/// </summary>
public enum ExclusionReason
{
    /// <summary>X1: the specialist asked to leave the register.</summary>
    OwnRequest = 1,
    /// <summary>X2: a court verdict in force deprives them of the right to practise as a social worker.</summary>
    DeprivedOfRightToPractise = 2,
    /// <summary>X3: a court decision in force bans medical activity in the declared specialty.</summary>
    BannedFromMedicalActivity = 3,
    /// <summary>X4: declared incapable or of limited capacity by a court.</summary>
    LegallyIncapable = 4,
    /// <summary>X5: left Kazakhstan for permanent residence.</summary>
    EmigratedPermanently = 5,
    /// <summary>X6: died.</summary>
    Death = 6,
    /// <summary>X7: information found false after registration.</summary>
    FalseInformation = 7,
}

public static class ExclusionReasons
{
    /// <summary>X1–X7.</summary>
    public static string Code(this ExclusionReason reason) => "X" + (int)reason;
}

/// <summary>Where an entry stands in its life after registration.</summary>
public enum EntryState
{
    Registered,
    /// <summary>An amendment has been submitted and awaits a decision; the public sees the registered version.</summary>
    AmendmentPending,
    /// <summary>Out of the public register; staff still see it, with the reason.</summary>
    Excluded,
}
