using System.Security.Cryptography;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Files;

/// <summary>Keeps uploaded scans in a folder outside the web root and decides who may read them back.</summary>
public sealed class FileStore(IDbContextFactory<RegistryDbContext> factory, TimeProvider time, FileStoreOptions options, UploadQuota quota)
{
    /// <summary>How long an upload may wait to be attached to an application before the sweep removes it.</summary>
    public static readonly TimeSpan UnattachedLifetime = TimeSpan.FromDays(1);

    /// <summary>
    /// Saves a PDF, JPEG or PNG of at most 10 MB, checking the type from the content and the size while
    /// reading, so an oversized stream is cut off rather than written whole.
    /// </summary>
    public async Task<Result<StoredFile>> SaveAsync(string ownerId, string fileName, Stream content, CancellationToken ct = default)
    {
        Directory.CreateDirectory(options.Folder);
        var header = new byte[FileKinds.HeaderLength];
        var headerLength = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        if (headerLength == 0)
            return Result<StoredFile>.Fail(ErrorCode.FileEmpty);
        if (FileKinds.Detect(header.AsSpan(0, headerLength)) is not { } contentType)
            return Result<StoredFile>.Fail(ErrorCode.FileTypeNotAllowed);

        // The quota counts what the applicant keeps, so it only stops someone filling the disk, never an
        // honest applicant: the files they have now, and the bytes on disk, which include scans deleted in
        // the last hour (kept for backups), so replacing a scan again and again cannot outrun it.
        long used;
        await using (var quotaDb = await factory.CreateDbContextAsync(ct))
        {
            var mine = quotaDb.StoredFiles.Where(f => f.OwnerId == ownerId);
            if (await mine.CountAsync(f => f.DeletedAtUtc == null, ct) >= quota.MaxFiles)
                return Result<StoredFile>.Fail(ErrorCode.UploadQuotaFiles);
            used = await mine.SumAsync(f => f.Size, ct);
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var path = PathOf(id);
        long size = headerLength;
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await file.WriteAsync(header.AsMemory(0, headerLength), ct);
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    size += read;
                    if (size > StoredFile.MaxBytes)
                        break;
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
            }
            if (size > StoredFile.MaxBytes)
            {
                File.Delete(path);
                return Result<StoredFile>.Fail(ErrorCode.FileTooLarge);
            }
            if (used + size > quota.MaxBytes)
            {
                File.Delete(path);
                return Result<StoredFile>.Fail(ErrorCode.UploadQuotaBytes);
            }
        }
        catch
        {
            File.Delete(path);
            throw;
        }

        var name = Path.GetFileName(fileName);
        var stored = new StoredFile(id, ownerId, name.Length > StoredFile.MaxFileNameLength ? name[^StoredFile.MaxFileNameLength..] : name,
            contentType, size, time.GetUtcNow().UtcDateTime);
        await using var db = await factory.CreateDbContextAsync(ct);
        db.StoredFiles.Add(stored);
        await db.SaveChangesAsync(ct);
        return Result<StoredFile>.Ok(stored);
    }

    /// <summary>
    /// The file for its owner, for the people of the organisation that files the owner's application, or for
    /// staff; null for anybody else, as if it did not exist.
    /// </summary>
    public async Task<(StoredFile File, string Path)?> OpenAsync(string id, string requesterId, bool requesterIsStaff, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var file = await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id && f.DeletedAtUtc == null, ct);
        if (file is null)
            return null;
        if (file.OwnerId != requesterId && !requesterIsStaff
            && !await Applications.ApplicationAccess.FileOpenToOrganisationAsync(db, file.Id, file.OwnerId, requesterId, ct))
            return null;
        var path = PathOf(file.Id);
        return File.Exists(path) ? (file, path) : null;
    }

    public async Task<IReadOnlyDictionary<string, StoredFile>> DescribeAsync(IEnumerable<string> ids, CancellationToken ct = default)
    {
        var wanted = ids.Distinct().ToList();
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.StoredFiles.AsNoTracking().Where(f => wanted.Contains(f.Id) && f.DeletedAtUtc == null).ToDictionaryAsync(f => f.Id, ct);
    }

    /// <summary>
    /// After an application's save: files it now refers to are marked attached, and files it referred to
    /// before but no longer does (a replaced or removed scan) are deleted, unless something else of the
    /// same owner still refers to them (a submitted snapshot the administrator compares, a register entry).
    /// Only the owner's own files are touched: an id copied from someone else changes nothing.
    /// </summary>
    public async Task SettleAsync(string ownerId, IReadOnlySet<string> before, IReadOnlySet<string> after, CancellationToken ct = default)
    {
        var added = after.Except(before).ToList();
        var dropped = before.Except(after).ToList();
        if (added.Count == 0 && dropped.Count == 0)
            return;
        await using var db = await factory.CreateDbContextAsync(ct);
        if (added.Count > 0)
        {
            var now = time.GetUtcNow().UtcDateTime;
            await db.StoredFiles.Where(f => f.OwnerId == ownerId && added.Contains(f.Id) && f.AttachedAtUtc == null && f.DeletedAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.AttachedAtUtc, now), ct);
        }
        if (dropped.Count == 0)
            return;
        var stillReferred = await FileReferences.OfOwnerAsync(db, ownerId, ct);
        var gone = await db.StoredFiles.Where(f => f.OwnerId == ownerId && dropped.Contains(f.Id) && f.DeletedAtUtc == null).Select(f => f.Id).ToListAsync(ct);
        await DeleteAsync(db, gone.Where(id => !stillReferred.Contains(id)).ToList(), ct);
    }

    /// <summary>
    /// Removes uploads that were never attached to an application for a day (a wizard closed mid-upload,
    /// or someone uploading only to fill the disk), and files on disk that no row describes (a crash between
    /// writing the file and its row). Returns how many it removed.
    /// </summary>
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - UnattachedLifetime;
        await using var db = await factory.CreateDbContextAsync(ct);
        var stale = await db.StoredFiles.Where(f => f.AttachedAtUtc == null && f.DeletedAtUtc == null && f.CreatedAtUtc < cutoff).Select(f => f.Id).ToListAsync(ct);
        await DeleteAsync(db, stale, ct);
        // Deleted more than the grace ago: now the row, then the file (a crash between leaves an orphan file,
        // removed below at a later sweep, never a row without its file).
        var graceEnded = time.GetUtcNow().UtcDateTime - DeletedGrace;
        var purged = await db.StoredFiles.Where(f => f.DeletedAtUtc < graceEnded).Select(f => f.Id).ToListAsync(ct);
        if (purged.Count > 0)
        {
            await db.StoredFiles.Where(f => purged.Contains(f.Id)).ExecuteDeleteAsync(ct);
            foreach (var id in purged)
                File.Delete(PathOf(id));
        }

        var orphans = 0;
        if (!Directory.Exists(options.Folder))
            return stale.Count;
        foreach (var batch in Directory.EnumerateFiles(options.Folder).Select(Path.GetFileName).OfType<string>()
                     .Where(IsFileId).Chunk(500))
        {
            var known = await db.StoredFiles.Where(f => batch.Contains(f.Id)).Select(f => f.Id).ToListAsync(ct);
            foreach (var id in batch.Except(known))
            {
                var path = PathOf(id);
                if (File.GetLastWriteTimeUtc(path) < cutoff)
                {
                    File.Delete(path);
                    orphans++;
                }
            }
        }
        return stale.Count + purged.Count + orphans;
    }

    /// <summary>
    /// Marks files deleted: closed to everybody at once, removed from disk by the sweep after
    /// <see cref="DeletedGrace"/>. Until then they still count against their owner's quota, so replacing a
    /// scan again and again cannot fill the disk faster than keeping it.
    /// </summary>
    private async Task DeleteAsync(RegistryDbContext db, IReadOnlyList<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
            return;
        var now = time.GetUtcNow().UtcDateTime;
        await db.StoredFiles.Where(f => ids.Contains(f.Id) && f.DeletedAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(f => f.DeletedAtUtc, now), ct);
    }

    /// <summary>Longer than any backup takes; with the sweep every six hours a deleted file leaves the disk within about seven.</summary>
    public static readonly TimeSpan DeletedGrace = TimeSpan.FromHours(1);

    private static bool IsFileId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);

    // Ids are hex we generated; anything else never reaches the disk.
    private string PathOf(string id) =>
        IsFileId(id) ? Path.Combine(options.Folder, id) : throw new ArgumentException("Not a file id.", nameof(id));
}

/// <summary>
/// Registry:Uploads: what one applicant may keep at once. Forty scans of up to 10 MB cover an application
/// with several diplomas and jobs twice over.
/// </summary>
public sealed class UploadQuota
{
    // Zero would refuse every upload without a word: at least one file, at least one byte.
    [System.ComponentModel.DataAnnotations.Range(1, 100_000)]
    public int MaxFiles { get; set; } = 40;
    [System.ComponentModel.DataAnnotations.Range(1L, long.MaxValue)]
    public long MaxBytes { get; set; } = 200L * 1024 * 1024;
}

/// <summary>Where uploaded files live: a folder outside the web root.</summary>
public sealed record FileStoreOptions(string Folder);
