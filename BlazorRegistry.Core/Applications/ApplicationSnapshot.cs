using System.Text.Encodings.Web;
using System.Text.Json;

namespace BlazorRegistry.Core.Applications;

/// <summary>
/// The answers as they were submitted, section by section, so that after a resubmission the
/// administrator sees what the applicant changed.
/// </summary>
public static class ApplicationSnapshot
{
    /// <summary>
    /// Letters as themselves, not as \uXXXX escapes (issue #21, point 5): a Cyrillic letter takes 2 bytes instead of 6,
    /// and the snapshots were the largest column of the database. The text is stored and compared, never put in a page.
    /// </summary>
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The encoding the digests were first taken with: a digest stored before the change must still match.</summary>
    private static readonly JsonSerializerOptions DigestJson = new() { WriteIndented = false };

    /// <summary>Stored in place of a snapshot equal to the application's answers (never valid JSON, so never a snapshot).</summary>
    public const string SameAsAnswers = "=";

    public static string Take(Application a) => JsonSerializer.Serialize(Sections(a), Json);

    /// <summary>A short fingerprint of the answers: equal digests, equal answers.</summary>
    public static string Digest(Application a) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(Sections(a), DigestJson)));

    /// <summary>The sections whose answers differ between two snapshots; every section when there is no earlier one.</summary>
    public static IReadOnlySet<ApplicationSection> Changed(string? earlier, string? later)
    {
        if (earlier is null || later is null)
            return new HashSet<ApplicationSection>();
        var before = JsonSerializer.Deserialize<Dictionary<ApplicationSection, JsonElement>>(earlier, Json) ?? [];
        var after = JsonSerializer.Deserialize<Dictionary<ApplicationSection, JsonElement>>(later, Json) ?? [];
        return Enum.GetValues<ApplicationSection>()
            // Compared as JSON values, not as text: a snapshot taken before the letters went unescaped still equals one taken after.
            .Where(s => !(before.TryGetValue(s, out var b) && after.TryGetValue(s, out var a) && JsonElement.DeepEquals(b, a)))
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
