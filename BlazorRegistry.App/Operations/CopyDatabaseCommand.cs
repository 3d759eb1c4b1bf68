using Microsoft.EntityFrameworkCore;
using BlazorRegistry.Core.Data;

namespace BlazorRegistry.App.Operations;

/// <summary>
/// dotnet BlazorRegistry.App.dll copy-database --to-postgres "Host=…;Database=registry;Username=…" (issue #18, point 6):
/// copies this installation's SQLite database into an empty PostgreSQL database and checks every table's rows.
/// Stop the app first: rows written during the copy would not be in it.
/// </summary>
public static class CopyDatabaseCommand
{
    public const string Name = "copy-database";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var at = Array.IndexOf(args, "--to-postgres");
        if (at < 0 || at + 1 >= args.Length || string.IsNullOrWhiteSpace(args[at + 1]))
        {
            Console.Error.WriteLine("Usage: copy-database --to-postgres \"Host=…;Database=…;Username=…;Password=…\"");
            return 2;
        }
        if (app.Services.GetRequiredService<RegistryDatabase>() is not SqliteDatabase sqlite)
        {
            Console.Error.WriteLine("copy-database copies a SQLite installation; this one already runs on PostgreSQL.");
            return 2;
        }
        Console.WriteLine($"Copying {sqlite.DatabaseFile} into PostgreSQL…");
        try
        {
            // The key ring too, so that nobody is signed out by the move: on PostgreSQL it lives in the database.
            var folder = Path.Combine(RegistryOptions.From(app.Configuration).ResolveDataDirectory(app.Environment.ContentRootPath), "keys");
            var keys = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.xml").Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))).ToList()
                : [];
            var counts = await app.Services.GetRequiredService<DatabaseCopy>().ToPostgreSqlAsync(args[at + 1], keys);
            foreach (var c in counts)
                Console.WriteLine($"{c.Table,-36} {c.Source,10:N0} {c.Copy,10:N0} {(c.Matches ? "ok" : "DIFFERS")}");
            if (counts.Any(c => !c.Matches))
            {
                Console.Error.WriteLine("The row counts differ: nothing was kept (the database is empty again).");
                return 1;
            }
            Console.WriteLine($"All {counts.Count} tables copied, {counts.Sum(c => c.Copy):N0} rows, counts verified. " +
                "Next: copy the files folder where every instance mounts it, then start with Registry__Database__Provider=PostgreSql.");
            return 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or Npgsql.NpgsqlException or DbUpdateException)
        {
            Console.Error.WriteLine($"copy-database: {ex.GetBaseException().Message} Nothing was kept: fix it and run the command again.");
            return 1;
        }
    }
}
