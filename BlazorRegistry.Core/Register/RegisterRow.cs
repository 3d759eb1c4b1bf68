namespace BlazorRegistry.Core.Register;

/// <summary>
/// An entry as a given audience may see it. A field the specialist did not consent to publish is null for
/// the public; the page, the exports and the API all read this, so the consent rule lives in one place.
/// </summary>
public sealed record RegisterRow(
    string Number,
    string FullName,
    DateOnly? DateOfBirth,
    string? Mobile,
    string? Email,
    int RegionId,
    string Locality,
    string? RegisteredAddress,
    int ProfessionId,
    int ExperienceYears,
    int ExperienceMonths,
    IReadOnlyList<Applications.EducationRecord> Education,
    IReadOnlyList<Applications.EmploymentRecord> Employment,
    IReadOnlyList<Applications.QualificationRecord> Qualifications,
    DateOnly IncludedOn,
    bool IsPublic)
{
    /// <summary>Staff only: an excluded entry stays visible to them, marked, with the reason and date.</summary>
    public EntryState State { get; init; }
    public ExclusionReason? ExclusionReason { get; init; }
    public DateOnly? ExcludedOn { get; init; }
    /// <summary>Staff only: the specialist asked to leave the register (an administrator confirms it).</summary>
    public bool ExclusionRequested { get; init; }

    public static RegisterRow For(RegisterEntry e, RegisterAudience audience) =>
        Of(e.Number, e.FullName, e.DateOfBirth, e.Mobile, e.Email, e.RegionId, e.Locality, e.RegisteredAddress, e.ProfessionId,
            e.ExperienceYears, e.ExperienceMonths, e.Education, e.Employment, e.Qualifications, e.IncludedOn, e.IsPublic, e.Consent, audience,
            e.State, e.ExclusionReason, e.ExcludedOn) with { ExclusionRequested = audience == RegisterAudience.Staff && e.ExclusionRequestedAtUtc is not null };

    /// <summary>An entry's stored fields as <paramref name="audience"/> may see them; scans' file ids are never shown.</summary>
    internal static RegisterRow Of(string number, string fullName, DateOnly dateOfBirth, string? mobile, string? email, int regionId,
        string locality, string registeredAddress, int professionId, int experienceYears, int experienceMonths,
        IEnumerable<Applications.EducationRecord> education, IEnumerable<Applications.EmploymentRecord> employment,
        IEnumerable<Applications.QualificationRecord> qualifications, DateOnly includedOn, bool isPublic,
        Applications.PublicationConsent c, RegisterAudience audience,
        EntryState state = EntryState.Registered, ExclusionReason? exclusionReason = null, DateOnly? excludedOn = null)
    {
        var staff = audience == RegisterAudience.Staff;
        // The region and locality are published with every public entry; the street address only by choice.
        return new RegisterRow(
            number,
            fullName,
            staff || c.ShowDateOfBirth ? dateOfBirth : null,
            staff || c.ShowContacts ? mobile : null,
            staff || c.ShowContacts ? email : null,
            regionId,
            locality,
            staff || c.ShowAddress ? registeredAddress : null,
            professionId,
            experienceYears,
            experienceMonths,
            education.Select(r => r with { FileId = null }).ToList(),
            employment.Select(r => r with { FileId = null }).ToList(),
            qualifications.Select(r => r with { FileId = null }).ToList(),
            includedOn,
            isPublic)
        {
            // The public never sees an excluded entry, nor that an amendment is pending.
            State = staff ? state : EntryState.Registered,
            ExclusionReason = staff ? exclusionReason : null,
            ExcludedOn = staff ? excludedOn : null,
        };
    }
}
