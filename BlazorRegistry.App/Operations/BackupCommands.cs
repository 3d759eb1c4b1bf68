using BlazorRegistry.Core.Data;
using Microsoft.Extensions.Options;

namespace BlazorRegistry.App.Operations;

/// <summary>
/// The app's own maintenance commands, run instead of serving:
/// <c>backup --to DIR</c> (online, while another process of the app serves) and
/// <c>restore --from ARCHIVE [--force]</c> (into the configured data directory; README, "Backups").
/// </summary>
public static class BackupCommands
{
    public static bool IsCommand(string[] args) => args.FirstOrDefault() is "backup" or "restore";

    /// <summary>The arguments configuration should see: the command's own options taken out.</summary>
    public static string[] ConfigurationArguments(string[] args)
    {
        if (!IsCommand(args))
            return args;
        var rest = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] is "--to" or "--from")
                i++;
            else if (args[i] != "--force")
                rest.Add(args[i]);
        }
        return [.. rest];
    }

    public static RegistryDataLocation Location(RegistryOptions options, string contentRoot)
    {
        var dataDirectory = options.ResolveDataDirectory(contentRoot);
        return new RegistryDataLocation(options.ResolveDatabasePath(contentRoot), Path.Combine(dataDirectory, "files"), Path.Combine(dataDirectory, "keys"));
    }

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var options = app.Services.GetRequiredService<IOptions<RegistryOptions>>().Value;
        var contentRoot = app.Environment.ContentRootPath;
        var location = Location(options, contentRoot);
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        if (options.Database.Provider == Core.Data.DatabaseProvider.PostgreSql)
        {
            // These commands copy the SQLite file; PostgreSQL has its own consistent dump.
            Console.Error.WriteLine($"{args[0]}: the database is PostgreSQL; back it up with pg_dump (and restore with pg_restore), then the files and keys folders.");
            return 2;
        }
        try
        {
            if (args[0] == "backup")
            {
                var to = Value(args, "--to") ?? throw new BackupException("Usage: backup --to DIR");
                var archive = await RegistryBackup.CreateAsync(location, Path.GetFullPath(to), now);
                Console.WriteLine($"Backup written: {archive}");
            }
            else
            {
                var from = Value(args, "--from") ?? throw new BackupException("Usage: restore --from ARCHIVE [--force]");
                var manifest = await RegistryBackup.RestoreAsync(Path.GetFullPath(from), location, options.ResolveDataDirectory(contentRoot),
                    args.Contains("--force"), now);
                Console.WriteLine($"Restored {manifest.Entries.Count} file(s) of the backup of {manifest.CreatedAtUtc:u} into {options.ResolveDataDirectory(contentRoot)}.");
            }
            return 0;
        }
        catch (BackupException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
    }

    private static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
