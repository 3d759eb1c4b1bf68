using BlazorRegistry.App;
using BlazorRegistry.App.Diagnostics;
using BlazorRegistry.App.Operations;
using BlazorRegistry.App.Organisations;
using BlazorRegistry.App.Statistics;

var builder = WebApplication.CreateBuilder(BackupCommands.ConfigurationArguments(args));
builder.AddRegistryApp();

var app = builder.Build();

// dotnet BlazorRegistry.App.dll backup --to /var/backups/registry
// dotnet BlazorRegistry.App.dll restore --from registry-backup-20261201-020000.zip [--force]
// (before the database is opened or migrated: a restore needs the data directory untouched)
if (BackupCommands.IsCommand(args))
{
    Environment.ExitCode = await BackupCommands.RunAsync(app, args);
    return;
}

await app.InitializeRegistryAsync();

// dotnet BlazorRegistry.App.dll migrate: migrates and seeds, then exits (a deployment's step before the instances start;
// instances that start together wait for each other anyway, issue #18)
if (args.FirstOrDefault() == "migrate")
{
    Console.WriteLine("The database is migrated and seeded.");
    return;
}

// dotnet run --project BlazorRegistry.App -- seed-demo --specialists 100000
if (args.FirstOrDefault() == "seed-demo")
{
    await app.SeedDemoDataAsync(args);
    return;
}

// dotnet BlazorRegistry.App.dll bench-import --rows 500 (bench/staff-import.sh)
if (args.FirstOrDefault() == "bench-import")
{
    await app.RunStaffImportBenchmarkAsync(args);
    return;
}

// dotnet BlazorRegistry.App.dll copy-database --to-postgres "Host=…;Database=registry;Username=…" (README "Scaling out")
if (args.FirstOrDefault() == CopyDatabaseCommand.Name)
{
    Environment.ExitCode = await CopyDatabaseCommand.RunAsync(app, args);
    return;
}

// dotnet BlazorRegistry.App.dll bench-statistics (bench/staff-statistics.sh)
if (args.FirstOrDefault() == "bench-statistics")
{
    await app.RunStatisticsBenchmarkAsync();
    return;
}

// dotnet BlazorRegistry.App.dll bench-board-search (bench/board-search.sh)
if (args.FirstOrDefault() == "bench-board-search")
{
    await app.RunBoardSearchBenchmarkAsync(args);
    return;
}

app.UseRegistryApp();
app.Run();
