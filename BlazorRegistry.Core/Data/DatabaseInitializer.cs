using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BlazorRegistry.Core.Data;

/// <summary>
/// Brings the database to the current schema (migrations, never EnsureCreated) and adds the reference
/// data and calendar rows that are missing. Rows an administrator changed are left as they are.
/// </summary>
public sealed class DatabaseInitializer(IDbContextFactory<RegistryDbContext> factory, RegistryDatabase database, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // Several instances starting at once (issue #18): one migrates and seeds, the others wait and then find
        // nothing left to do.
        await using var exclusive = await database.InitializeExclusivelyAsync(db, ct);
        await database.BeforeMigrateAsync(db, logger, ct);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        if (pending.Count > 0)
            logger.LogInformation("Applied {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        await database.AfterMigrateAsync(db, ct);

        var added = 0;
        added += await AddMissingAsync(db, db.Regions, ReferenceDataSeed.Regions, x => x.Id, ct);
        var knownProfessions = await db.Professions.Select(p => p.Id).ToListAsync(ct);
        added += await AddMissingAsync(db, db.Professions, ReferenceDataSeed.Professions, x => x.Id, ct);
        added += await AddMissingAsync(db, db.EducationLevels, ReferenceDataSeed.EducationLevels, x => x.Id, ct);
        added += await AddMissingAsync(db, db.QualificationCategories, ReferenceDataSeed.QualificationCategories, x => x.Id, ct);
        added += await AddMissingAsync(db, db.DocumentKinds, ReferenceDataSeed.DocumentKinds, x => x.Id, ct);
        await db.SaveChangesAsync(ct);
        // Requirements come with the profession they belong to, never again: a requirement an administrator removed
        // must stay removed after a restart.
        added += await AddMissingAsync(db, db.ProfessionDocumentRequirements,
            ReferenceDataSeed.Requirements.Where(r => !knownProfessions.Contains(r.ProfessionId)), x => (x.ProfessionId, x.DocumentKindId), ct);
        // The calendar is seeded once, into an empty table: after that administrators keep it (/admin/calendar), and
        // a year whose every day they returned to plain must not come back.
        if (!await db.CalendarDays.AnyAsync(ct))
            added += await AddMissingAsync(db, db.CalendarDays, KazakhstanHolidays.Seed(), x => x.Date, ct);
        await db.SaveChangesAsync(ct);
        if (added > 0)
            logger.LogInformation("Seeded {Count} reference and calendar row(s)", added);
    }

    private static async Task<int> AddMissingAsync<T, TKey>(RegistryDbContext db, DbSet<T> set, IEnumerable<T> seed,
        Func<T, TKey> key, CancellationToken ct) where T : class
    {
        var existing = (await set.AsNoTracking().ToListAsync(ct)).Select(key).ToHashSet();
        var missing = seed.Where(s => !existing.Contains(key(s))).ToList();
        db.AddRange(missing);
        return missing.Count;
    }
}
