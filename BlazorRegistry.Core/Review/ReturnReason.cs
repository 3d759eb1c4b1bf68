namespace BlazorRegistry.Core.Review;

/// <summary>Rules cl. 9.2: why an application goes back to the applicant. Several may apply at once.</summary>
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
