using System.Security.Cryptography;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Files;

/// <summary>Keeps uploaded scans in a folder outside the web root and decides who may read them back.</summary>
public sealed class FileStore(IDbContextFactory<RegistryDbContext> factory, TimeProvider time, FileStoreOptions options)
{
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

    /// <summary>The file for its owner or for staff; null for anybody else, as if it did not exist.</summary>
    public async Task<(StoredFile File, string Path)?> OpenAsync(string id, string requesterId, bool requesterIsStaff, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var file = await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (file is null || (file.OwnerId != requesterId && !requesterIsStaff))
            return null;
        var path = PathOf(file.Id);
        return File.Exists(path) ? (file, path) : null;
    }

    public async Task<IReadOnlyDictionary<string, StoredFile>> DescribeAsync(IEnumerable<string> ids, CancellationToken ct = default)
    {
        var wanted = ids.Distinct().ToList();
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.StoredFiles.AsNoTracking().Where(f => wanted.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
    }

    // Ids are hex we generated; anything else never reaches the disk.
    private string PathOf(string id) =>
        id.Length == 32 && id.All(char.IsAsciiHexDigitLower) ? Path.Combine(options.Folder, id) : throw new ArgumentException("Not a file id.", nameof(id));
}

/// <summary>Where uploaded files live: a folder outside the web root.</summary>
public sealed record FileStoreOptions(string Folder);
