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
    public static RegisterRow For(RegisterEntry e, RegisterAudience audience) =>
        Of(e.Number, e.FullName, e.DateOfBirth, e.Mobile, e.Email, e.RegionId, e.Locality, e.RegisteredAddress, e.ProfessionId,
            e.ExperienceYears, e.ExperienceMonths, e.Education, e.Employment, e.Qualifications, e.IncludedOn, e.IsPublic, e.Consent, audience);

    /// <summary>An entry's stored fields as <paramref name="audience"/> may see them; scans' file ids are never shown.</summary>
    internal static RegisterRow Of(string number, string fullName, DateOnly dateOfBirth, string? mobile, string? email, int regionId,
        string locality, string registeredAddress, int professionId, int experienceYears, int experienceMonths,
        IEnumerable<Applications.EducationRecord> education, IEnumerable<Applications.EmploymentRecord> employment,
        IEnumerable<Applications.QualificationRecord> qualifications, DateOnly includedOn, bool isPublic,
        Applications.PublicationConsent c, RegisterAudience audience)
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
            isPublic);
    }
}
