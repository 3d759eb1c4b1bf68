using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Register;

/// <summary>
/// Reads register entries for exports straight from their columns. Materialising <see cref="RegisterEntry"/>
/// spent most of an export's time in Entity Framework's reader of the JSON record columns (6.8 s of 7.5 for
/// 100,000 entries on a two-core machine); reading the same columns as UTF-8 bytes and parsing them with
/// System.Text.Json's generated parser takes about a third of that. The column names are the mapping's
/// (RegisterEntryConfiguration); <c>RegisterRowFor.TheListAndTheExportsReadEachEntryAsTheEntryPageDoes</c> fails when
/// the two drift apart. The register's page reads its 25 entries the same way (issue #21).
/// </summary>
internal static class StoredEntryReader
{
    private const string Select = """
        SELECT r."Id", r."Number", r."Surname", r."GivenName", r."Patronymic", r."DateOfBirth", r."Mobile", r."Email", r."RegionId", r."Locality",
               r."RegisteredAddress", r."ProfessionId", r."ExperienceYears", r."ExperienceMonths", r."IncludedOn", r."IsPublic",
               r."Consent_Publish", r."Consent_ShowDateOfBirth", r."Consent_ShowContacts", r."Consent_ShowAddress",
               r."Consent_TextVersion", r."Consent_DecidedAtUtc", a."Education", a."Employment", a."Qualifications",
               r."State", r."ExclusionReason", r."ExcludedOn", r."ExclusionRequestedAtUtc"
        FROM "RegisterEntries" AS r JOIN "Applications" AS a ON a."Id" = r."ApplicationId" WHERE
        """;

    /// <summary>The entries with these ids, their records still JSON.</summary>
    public static async Task<Dictionary<int, StoredEntry>> ReadAsync(RegistryDbContext db, RegistryDatabase database, IReadOnlyList<int> ids, CancellationToken ct)
    {
        // Through Entity Framework, which counts openings: the search has the connection open already, and Npgsql (unlike
        // SQLite's driver) refuses to open an open connection.
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        // In ascending order SQLite visits the table's pages once each, front to back.
        var (condition, parameter) = database.IdIn("r.\"Id\"", ids.Order().ToList());
        command.CommandText = $"{Select} {condition}";
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var entries = new Dictionary<int, StoredEntry>(ids.Count);
        while (await reader.ReadAsync(ct))
        {
            var entry = new StoredEntry(
                Number: reader.GetString(1),
                FullName: PersonName.Full(reader.GetString(2), reader.GetString(3), Text(reader, 4)),
                DateOfBirth: reader.GetFieldValue<DateOnly>(5),
                Mobile: Text(reader, 6),
                Email: Text(reader, 7),
                RegionId: reader.GetInt32(8),
                Locality: reader.GetString(9),
                RegisteredAddress: reader.GetString(10),
                ProfessionId: reader.GetInt32(11),
                ExperienceYears: reader.GetInt32(12),
                ExperienceMonths: reader.GetInt32(13),
                IncludedOn: reader.GetFieldValue<DateOnly>(14),
                IsPublic: reader.GetBoolean(15),
                Consent: new PublicationConsent(
                    reader.IsDBNull(16) ? null : reader.GetBoolean(16), reader.GetBoolean(17), reader.GetBoolean(18), reader.GetBoolean(19),
                    Text(reader, 20), reader.IsDBNull(21) ? null : reader.GetDateTime(21)),
                Education: database.JsonBytes(reader, 22),
                Employment: database.JsonBytes(reader, 23),
                Qualifications: database.JsonBytes(reader, 24),
                State: (EntryState)reader.GetInt32(25),
                ExclusionReason: reader.IsDBNull(26) ? null : (ExclusionReason)reader.GetInt32(26),
                ExcludedOn: reader.IsDBNull(27) ? null : reader.GetFieldValue<DateOnly>(27),
                ExclusionRequested: !reader.IsDBNull(28));
            entries[reader.GetInt32(0)] = entry;
        }
        return entries;
    }

    /// <summary>
    /// The rows of <paramref name="ids"/>, in their order, as <paramref name="audience"/> may see them now. The ids and the
    /// entries are two reads: an entry gone since, or no longer public (consent withdrawn, excluded), is left out.
    /// </summary>
    public static IEnumerable<RegisterRow> RowsInOrder(IEnumerable<int> ids, Dictionary<int, StoredEntry> entries, RegisterAudience audience)
    {
        foreach (var id in ids)
            if (entries.TryGetValue(id, out var entry) && (entry.IsPublic || audience == RegisterAudience.Staff))
                yield return entry.ToRow(audience);
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>An entry as stored: its records are the JSON text of their columns, as UTF-8.</summary>
    internal sealed record StoredEntry(string Number, string FullName, DateOnly DateOfBirth, string? Mobile, string? Email, int RegionId,
        string Locality, string RegisteredAddress, int ProfessionId, int ExperienceYears, int ExperienceMonths, DateOnly IncludedOn,
        bool IsPublic, PublicationConsent Consent, byte[] Education, byte[] Employment, byte[] Qualifications,
        EntryState State, ExclusionReason? ExclusionReason, DateOnly? ExcludedOn, bool ExclusionRequested)
    {
        /// <summary>Parses the records: the costly part, done on another core than the read (RegisterService.StreamAsync).</summary>
        public RegisterRow ToRow(RegisterAudience audience) => RegisterRow.Of(Number, FullName, DateOfBirth, Mobile, Email, RegionId,
            Locality, RegisteredAddress, ProfessionId, ExperienceYears, ExperienceMonths,
            JsonSerializer.Deserialize(Education, StoredRecordsJson.Default.ListEducationRecord)!,
            JsonSerializer.Deserialize(Employment, StoredRecordsJson.Default.ListEmploymentRecord)!,
            JsonSerializer.Deserialize(Qualifications, StoredRecordsJson.Default.ListQualificationRecord)!,
            IncludedOn, IsPublic, Consent, audience, State, ExclusionReason, ExcludedOn)
            with { ExclusionRequested = audience == RegisterAudience.Staff && ExclusionRequested };
    }
}

/// <summary>The JSON record columns as Entity Framework writes them: property names as declared, dates as ISO.</summary>
[JsonSerializable(typeof(List<EducationRecord>))]
[JsonSerializable(typeof(List<EmploymentRecord>))]
[JsonSerializable(typeof(List<QualificationRecord>))]
[JsonSerializable(typeof(IReadOnlyList<int>))]
internal sealed partial class StoredRecordsJson : JsonSerializerContext;
