using System.Text.Json;

namespace BlazorRegistry.Core.Applications;

/// <summary>
/// The answers as they were submitted, section by section, so that after a resubmission the
/// administrator sees what the applicant changed.
/// </summary>
public static class ApplicationSnapshot
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static string Take(Application a) => JsonSerializer.Serialize(Sections(a), Json);

    /// <summary>A short fingerprint of the answers: equal digests, equal answers.</summary>
    public static string Digest(Application a) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Take(a))));

    /// <summary>The sections whose answers differ between two snapshots; every section when there is no earlier one.</summary>
    public static IReadOnlySet<ApplicationSection> Changed(string? earlier, string? later)
    {
        if (earlier is null || later is null)
            return new HashSet<ApplicationSection>();
        var before = JsonSerializer.Deserialize<Dictionary<ApplicationSection, JsonElement>>(earlier, Json) ?? [];
        var after = JsonSerializer.Deserialize<Dictionary<ApplicationSection, JsonElement>>(later, Json) ?? [];
        return Enum.GetValues<ApplicationSection>()
            .Where(s => !(before.TryGetValue(s, out var b) && after.TryGetValue(s, out var a) && b.GetRawText() == a.GetRawText()))
            .ToHashSet();
    }

    private static Dictionary<ApplicationSection, object> Sections(Application a) => new()
    {
        [ApplicationSection.Personal] = a.Personal,
        [ApplicationSection.ContactsAndAddress] = new { a.Contacts, a.Address },
        [ApplicationSection.ProfessionAndExperience] = a.Profession,
        [ApplicationSection.Education] = a.Education,
        [ApplicationSection.Employment] = a.Employment,
        [ApplicationSection.Qualification] = new { a.Qualifications, a.HasNoCategory },
        [ApplicationSection.Documents] = a.Documents,
        [ApplicationSection.Consent] = new { a.Consent.Publish, a.Consent.ShowDateOfBirth, a.Consent.ShowContacts, a.Consent.ShowAddress },
    };
}
