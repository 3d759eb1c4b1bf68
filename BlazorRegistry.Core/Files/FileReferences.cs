using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Files;

/// <summary>Which uploaded files an application, its submitted snapshots and its owner's register entry refer to.</summary>
public static class FileReferences
{
    /// <summary>Every file id in the application's current answers (documents and record scans).</summary>
    public static IReadOnlySet<string> Of(Application a) =>
        a.Documents.Select(d => d.FileId)
            .Concat(a.Education.Select(e => e.FileId))
            .Concat(a.Employment.Select(e => e.FileId))
            .Concat(a.Qualifications.Select(q => q.FileId))
            .OfType<string>()
            .ToHashSet();

    /// <summary>
    /// Every file id anything of the owner still refers to: each application's answers and its two
    /// submitted snapshots (file ids are 32 random hex characters, so finding one in a snapshot's text is
    /// finding a reference), and the register entry's records.
    /// </summary>
    public static async Task<IReadOnlySet<string>> OfOwnerAsync(RegistryDbContext db, string ownerId, CancellationToken ct)
    {
        var applications = await db.Applications.AsNoTracking().IgnoreAutoIncludes().Where(a => a.ApplicantId == ownerId).ToListAsync(ct);
        var entries = await db.RegisterEntries.AsNoTracking().Where(e => e.ApplicantId == ownerId).ToListAsync(ct);
        var owned = await db.StoredFiles.Where(f => f.OwnerId == ownerId).Select(f => f.Id).ToListAsync(ct);
        var referred = new HashSet<string>(applications.SelectMany(Of));
        referred.UnionWith(entries.SelectMany(e => e.Education.Select(r => r.FileId)
            .Concat(e.Employment.Select(r => r.FileId)).Concat(e.Qualifications.Select(r => r.FileId))).OfType<string>());
        var snapshots = applications.SelectMany(a => new[] { a.SubmittedSnapshot, a.PreviousSnapshot }).OfType<string>().ToList();
        referred.UnionWith(owned.Where(id => snapshots.Any(s => s.Contains(id, StringComparison.Ordinal))));
        return referred;
    }
}
