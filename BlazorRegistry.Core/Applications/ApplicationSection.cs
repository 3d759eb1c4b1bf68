namespace BlazorRegistry.Core.Applications;

/// <summary>The wizard's sections, in order; each maps to columns of the register form.</summary>
public enum ApplicationSection
{
    Personal = 1,
    ContactsAndAddress = 2,
    ProfessionAndExperience = 3,
    Education = 4,
    Employment = 5,
    Qualification = 6,
    Documents = 7,
    Consent = 8,
}

public enum SectionState
{
    NotStarted,
    InProgress,
    Complete,
    /// <summary>The administrator returned the application for a reason that concerns this section.</summary>
    NeedsChanges,
}
