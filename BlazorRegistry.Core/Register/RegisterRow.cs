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
    public static RegisterRow For(RegisterEntry e, RegisterAudience audience)
    {
        var staff = audience == RegisterAudience.Staff;
        var c = e.Consent;
        // The region and locality are published with every public entry; the street address only by choice.
        return new RegisterRow(
            e.Number,
            e.FullName,
            staff || c.ShowDateOfBirth ? e.DateOfBirth : null,
            staff || c.ShowContacts ? e.Mobile : null,
            staff || c.ShowContacts ? e.Email : null,
            e.RegionId,
            e.Locality,
            staff || c.ShowAddress ? e.RegisteredAddress : null,
            e.ProfessionId,
            e.ExperienceYears,
            e.ExperienceMonths,
            e.Education.Select(r => r with { FileId = null }).ToList(),
            e.Employment.Select(r => r with { FileId = null }).ToList(),
            e.Qualifications.Select(r => r with { FileId = null }).ToList(),
            e.IncludedOn,
            e.IsPublic);
    }
}
