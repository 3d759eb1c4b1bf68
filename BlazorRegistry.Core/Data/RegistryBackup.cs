using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace BlazorRegistry.Core.Data;

/// <summary>Where an installation keeps what a backup must hold.</summary>
public sealed record RegistryDataLocation(string DatabasePath, string FilesFolder, string KeysFolder);

/// <summary>One file of a backup, with its SHA-256.</summary>
public sealed record BackupEntry(string Path, long Bytes, string Sha256);

/// <summary>manifest.json at the root of every backup archive.</summary>
public sealed record BackupManifest(int Format, DateTime CreatedAtUtc, string LastMigration, IReadOnlyList<BackupEntry> Entries);

public sealed class BackupException(string message) : Exception(message);

/// <summary>
/// Backups of a running installation and their restore. The database is copied with SQLite's
/// <c>VACUUM INTO</c>, a consistent snapshot taken in one read transaction while the app keeps writing
/// (WAL); then the uploaded files (each written before its row commits, so every file the snapshot names
/// exists) and the data-protection keys. All of it goes into one dated zip with a manifest of SHA-256 sums.
/// </summary>
public static class RegistryBackup
{
    public const string ManifestName = "manifest.json";
    public const string DatabaseEntry = "registry.db";
    public const string FilesPrefix = "files/";
    public const string KeysPrefix = "keys/";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Writes registry-backup-yyyyMMdd-HHmmss.zip into <paramref name="targetFolder"/> and returns its path.</summary>
    public static async Task<string> CreateAsync(RegistryDataLocation data, string targetFolder, DateTime nowUtc, CancellationToken ct = default)
    {
        if (!File.Exists(data.DatabasePath))
            throw new BackupException($"There is no database at {data.DatabasePath}.");
        Directory.CreateDirectory(targetFolder);
        var staging = Path.Combine(targetFolder, $".backup-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            var snapshot = Path.Combine(staging, DatabaseEntry);
            string lastMigration;
            await using (var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = data.DatabasePath, Mode = SqliteOpenMode.ReadOnly, DefaultTimeout = 60, Pooling = false }.ToString()))
            {
                await source.OpenAsync(ct);
                await using var vacuum = source.CreateCommand();
                vacuum.CommandText = "VACUUM INTO $target";
                vacuum.Parameters.AddWithValue("$target", snapshot);
                await vacuum.ExecuteNonQueryAsync(ct);
            }
            await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = snapshot, Pooling = false }.ToString()))
            {
                await copy.OpenAsync(ct);
                await using var command = copy.CreateCommand();
                command.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1";
                lastMigration = (await command.ExecuteScalarAsync(ct)) as string ?? "";
            }

            var archive = Path.Combine(targetFolder, $"registry-backup-{nowUtc:yyyyMMdd-HHmmss}.zip");
            var partial = archive + ".partial";
            var entries = new List<BackupEntry>();
            await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write))
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                entries.Add((await AddAsync(zip, snapshot, DatabaseEntry, ct))!);
                foreach (var (folder, prefix) in new[] { (data.FilesFolder, FilesPrefix), (data.KeysFolder, KeysPrefix) })
                {
                    if (!Directory.Exists(folder))
                        continue;
                    foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    {
                        if (Path.GetFileName(file).StartsWith(".health-", StringComparison.Ordinal))
                            continue;
                        // A file removed after it was listed (an orphan swept) is not in the database copy either.
                        if (await AddAsync(zip, file, prefix + Path.GetRelativePath(folder, file).Replace('\\', '/'), ct) is { } entry)
                            entries.Add(entry);
                    }
                }
                var manifest = new BackupManifest(1, nowUtc, lastMigration, entries);
                var manifestEntry = zip.CreateEntry(ManifestName);
                await using var manifestStream = manifestEntry.Open();
                await JsonSerializer.SerializeAsync(manifestStream, manifest, Json, ct);
            }
            File.Move(partial, archive, overwrite: true);
            return archive;
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>
    /// Unpacks <paramref name="archivePath"/> into the installation's places after checking every checksum.
    /// Refuses a database or data folder that already holds something unless <paramref name="overwrite"/>;
    /// then what was there is moved aside (…before-restore-…), never deleted.
    /// </summary>
    public static async Task<BackupManifest> RestoreAsync(string archivePath, RegistryDataLocation data, string dataDirectory, bool overwrite,
        DateTime nowUtc, CancellationToken ct = default)
    {
        if (!File.Exists(archivePath))
            throw new BackupException($"There is no archive at {archivePath}.");
        var occupied = File.Exists(data.DatabasePath) || (Directory.Exists(dataDirectory) && Directory.EnumerateFileSystemEntries(dataDirectory).Any());
        if (occupied && !overwrite)
            throw new BackupException($"{dataDirectory} is not empty: restore refuses to overwrite it. Add --force to move what is there aside and restore anyway.");

        using var zip = ZipFile.OpenRead(archivePath);
        var manifestEntry = zip.GetEntry(ManifestName) ?? throw new BackupException($"{archivePath} has no {ManifestName}: not a registry backup.");
        BackupManifest manifest;
        await using (var manifestStream = manifestEntry.Open())
            manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(manifestStream, Json, ct) ?? throw new BackupException("The manifest is empty.");
        foreach (var entry in manifest.Entries)
        {
            var zipped = zip.GetEntry(entry.Path) ?? throw new BackupException($"{entry.Path} is listed in the manifest but missing from the archive.");
            await using var content = zipped.Open();
            var sum = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, ct));
            if (sum != entry.Sha256)
                throw new BackupException($"{entry.Path} does not match its checksum: the archive is damaged.");
        }

        if (occupied)
        {
            var aside = $"{dataDirectory.TrimEnd(Path.DirectorySeparatorChar)}.before-restore-{nowUtc:yyyyMMdd-HHmmss}";
            Directory.Move(dataDirectory, aside);
            if (File.Exists(data.DatabasePath))
                File.Move(data.DatabasePath, Path.Combine(aside, Path.GetFileName(data.DatabasePath) + ".outside"));
        }
        Directory.CreateDirectory(dataDirectory);
        foreach (var entry in manifest.Entries)
        {
            var target = entry.Path == DatabaseEntry ? data.DatabasePath
                : entry.Path.StartsWith(FilesPrefix, StringComparison.Ordinal) ? Inside(data.FilesFolder, entry.Path[FilesPrefix.Length..])
                : entry.Path.StartsWith(KeysPrefix, StringComparison.Ordinal) ? Inside(data.KeysFolder, entry.Path[KeysPrefix.Length..])
                : throw new BackupException($"Unexpected entry {entry.Path}.");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            zip.GetEntry(entry.Path)!.ExtractToFile(target, overwrite: false);
        }
        return manifest;
    }

    private static string Inside(string folder, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        // An archive cannot write outside its folders (../ in an entry name).
        return full.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full : throw new BackupException($"Entry {relative} points outside {folder}.");
    }

    /// <summary>Copies one file into the archive; null when it is gone (removed after it was listed).</summary>
    private static async Task<BackupEntry?> AddAsync(ZipArchive zip, string file, string name, CancellationToken ct)
    {
        FileStream source;
        try
        {
            source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        await using var _ = source;
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long bytes = 0;
        await using (var target = entry.Open())
        {
            int read;
            while ((read = await source.ReadAsync(buffer, ct)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), ct);
                bytes += read;
            }
        }
        return new BackupEntry(name, bytes, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }
}
