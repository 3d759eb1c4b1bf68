namespace BlazorRegistry.Core.Files;

/// <summary>
/// An uploaded scan (diploma, contract, certificate). The bytes live outside the web root under a random
/// name; this row says whose they are, so only the owner and staff are ever served them.
/// </summary>
public sealed class StoredFile
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxFileNameLength = 200;

    /// <summary>Random, unguessable, also the name on disk.</summary>
    public string Id { get; private set; } = "";
    public string OwnerId { get; private set; } = "";
    /// <summary>The name the person's device gave it, for display only.</summary>
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    /// <summary>When an application first referred to it; a file never attached is swept after a day.</summary>
    public DateTime? AttachedAtUtc { get; private set; }
    /// <summary>
    /// Deleted (replaced, removed, never attached): nobody can open it any more, but the row and the file
    /// stay for <see cref="FileStore.DeletedGrace"/>, so a backup whose database copy was taken a moment
    /// before still finds the file it names; the sweep removes both after that.
    /// </summary>
    public DateTime? DeletedAtUtc { get; private set; }

    private StoredFile() { }

    internal StoredFile(string id, string ownerId, string fileName, string contentType, long size, DateTime createdAtUtc)
    {
        Id = id;
        OwnerId = ownerId;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        CreatedAtUtc = createdAtUtc;
    }
}

/// <summary>The kinds of file the register accepts, told by their first bytes rather than their name.</summary>
public static class FileKinds
{
    public const string Pdf = "application/pdf";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";

    private static readonly (byte[] Magic, string ContentType)[] Signatures =
    [
        ("%PDF-"u8.ToArray(), Pdf),
        ([0xFF, 0xD8, 0xFF], Jpeg),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], Png),
    ];

    public const int HeaderLength = 8;

    /// <summary>The content type the header shows, or null for anything else (an .exe renamed to .pdf included).</summary>
    public static string? Detect(ReadOnlySpan<byte> header)
    {
        foreach (var (magic, type) in Signatures)
            if (header.Length >= magic.Length && header[..magic.Length].SequenceEqual(magic))
                return type;
        return null;
    }
}
