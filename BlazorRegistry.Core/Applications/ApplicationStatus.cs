namespace BlazorRegistry.Core.Applications;

/// <summary>
/// Where an application is in its life: Draft → Submitted → InReview → Registered | Returned | Refused,
/// and Returned → Submitted again after the applicant fixes it (Order 21, cl. 9–10).
/// </summary>
public enum ApplicationStatus
{
    Draft = 0,
    Submitted = 1,
    InReview = 2,
    Returned = 3,
    Registered = 4,
    Refused = 5,
}

public static class ApplicationStatusExtensions
{
    /// <summary>The applicant may change the answers only before submission and after a return.</summary>
    public static bool IsEditable(this ApplicationStatus status) => status is ApplicationStatus.Draft or ApplicationStatus.Returned;

    /// <summary>Open applications count against "one open application per applicant".</summary>
    public static bool IsOpen(this ApplicationStatus status) => status is not (ApplicationStatus.Registered or ApplicationStatus.Refused);

    /// <summary>Waiting for the administrator: the five-working-day term runs.</summary>
    public static bool AwaitsDecision(this ApplicationStatus status) => status is ApplicationStatus.Submitted or ApplicationStatus.InReview;
}

public enum ApplicationKind
{
    /// <summary>A specialist asks to be included in the register.</summary>
    Inclusion = 0,
    /// <summary>A registered specialist asks to change their entry (Order 21's data changed: job, category, address…).</summary>
    Amendment = 1,
}
