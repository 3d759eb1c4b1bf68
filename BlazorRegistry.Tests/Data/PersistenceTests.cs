using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Review;
using Microsoft.EntityFrameworkCore.Infrastructure;
using BlazorRegistry.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static BlazorRegistry.Tests.Support.TestApplications;

namespace BlazorRegistry.Tests.Data;

public class DatabaseInitialization
{
    [Fact]
    public async Task MigratesAnEmptyDatabaseAndSeedsReferenceData()
    {
        await using var test = await TestDatabase.CreateAsync(initialize: false);
        Assert.False(File.Exists(test.Path));

        await test.Get<DatabaseInitializer>().InitializeAsync();

        await using var db = test.NewContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(20, await db.Regions.CountAsync());
        Assert.Equal(15, await db.Professions.CountAsync());
        Assert.Equal(4, await db.EducationLevels.CountAsync());
        Assert.Equal(10, await db.QualificationCategories.CountAsync());
        Assert.Equal(7, await db.DocumentKinds.CountAsync());
        Assert.True(await db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2025, 1, 5)));
        Assert.Equal("Астана қаласы", (await db.Regions.SingleAsync(r => r.Code == "71")).NameKk);
        Assert.Equal("город Астана", (await db.Regions.SingleAsync(r => r.Code == "71")).NameRu);
    }

    [Fact]
    public async Task RunsAgainWithoutDuplicatingAnything()
    {
        await using var test = await TestDatabase.CreateAsync();
        await test.Get<DatabaseInitializer>().InitializeAsync();
        await using var db = test.NewContext();
        Assert.Equal(20, await db.Regions.CountAsync());
        Assert.Equal(60, await db.ProfessionDocumentRequirements.CountAsync());
    }

    [Fact]
    public async Task UsesWriteAheadLogging()
    {
        Assert.SkipWhen(TestDatabase.PostgreSqlServer is not null, "SQLite's journal mode; PostgreSQL has its own write-ahead log.");
        await using var test = await TestDatabase.CreateAsync();
        await using var connection = new SqliteConnection($"Data Source={test.Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task EveryMigrationRunsInOneTransactionSoAKillLeavesItAppliedOrNot()
    {
        Assert.SkipWhen(TestDatabase.PostgreSqlServer is not null, "SQLite's table rebuilds; PostgreSQL alters tables in the transaction.");
        await using var test = await TestDatabase.CreateAsync(initialize: false);
        await using var db = test.NewContext();
        var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
        // Three early migrations rebuilt a table the way Entity Framework does on SQLite (keys off, three transactions);
        // they are history. None after them may: a kill between the transactions leaves a half-migrated database.
        string[] rebuiltBefore = ["20261201211238_AuditAndUploads", "20261202131849_CodeFlowLocks", "20261202155039_SpecialistInvitations"];
        var from = Microsoft.EntityFrameworkCore.Migrations.Migration.InitialDatabase;
        foreach (var migration in db.Database.GetMigrations())
        {
            var script = migrator.GenerateScript(from, migration);
            from = migration;
            if (rebuiltBefore.Contains(migration))
                continue;
            Assert.DoesNotContain("PRAGMA foreign_keys", script);
            Assert.True(script.Split("BEGIN TRANSACTION;").Length == 2, $"{migration} runs in more than one transaction:\n{script}");
        }
    }

    [Fact]
    public async Task AMigrationLockLeftByAKilledProcessDoesNotKeepTheAppFromStarting()
    {
        Assert.SkipWhen(TestDatabase.PostgreSqlServer is not null, "SQLite's migration lock row; PostgreSQL's lock is the session's and ends with it.");
        await using var test = await TestDatabase.CreateAsync();
        await using (var db = test.NewContext())
            // What a process killed while migrating leaves: Entity Framework's lock row, which it never times out.
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-03-18 04:00:00+00:00')");
        await test.Get<DatabaseInitializer>().InitializeAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await using var fresh = test.NewContext();
        Assert.Equal(0, await fresh.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM \"__EFMigrationsLock\"").SingleAsync());
    }

    [Fact]
    public async Task AStartWaitsWhileAnotherProcessMigratesAndLeavesItsMigrationLockAlone()
    {
        Assert.SkipWhen(TestDatabase.PostgreSqlServer is not null, "SQLite's start lock; PostgreSQL's is ConcurrentStart's.");
        await using var test = await TestDatabase.CreateAsync();
        var sqlite = (SqliteDatabase)test.Get<RegistryDatabase>();
        async Task<int> MigrationLocksAsync()
        {
            await using var db = test.NewContext();
            return await db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM \"__EFMigrationsLock\"").SingleAsync();
        }
        Task start;
        // Another process migrating: it holds the start lock and Entity Framework's row.
        await using (new FileStream(sqlite.StartLockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            await using (var db = test.NewContext())
                await db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-03-18 04:59:00+00:00')");
            start = test.Get<DatabaseInitializer>().InitializeAsync();
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.False(start.IsCompleted);
            Assert.Equal(1, await MigrationLocksAsync());
            // The other process ends (a kill ends its lock the same way) and leaves its row behind.
        }
        await start.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(0, await MigrationLocksAsync());
    }

    [Fact]
    public async Task AnEntrysRecordsSurviveTheMigrationThatStoppedCopyingThemBothWays()
    {
        await using var test = await TestDatabase.CreateAsync();
        var (service, id) = await BlazorRegistry.Tests.Core.Applications.ApplicationServiceDrafts.SeedCompleteDraftAsync(test);
        Assert.True((await service.SubmitAsync(id, "applicant-1", (await service.LoadOwnAsync(id, "applicant-1"))!.Version)).Succeeded);
        var review = test.Get<ReviewService>();
        await review.ClaimAsync(id, "admin");
        var number = (await review.RegisterAsync(id, "admin")).Value!.ReferenceNumber!;
        var register = test.Get<BlazorRegistry.Core.Register.RegisterService>();
        var before = (await register.FindAsync(number, BlazorRegistry.Core.Register.RegisterAudience.Staff))!;
        Assert.NotEmpty(before.Employment);

        await using (var db = test.NewContext())
        {
            // Back to before the change: the entry gets its copies again, from its application.
            var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
            var previous = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_EntryRecordsReadFromTheApplication")).Last();
            await migrator.MigrateAsync(previous);
            var cast = test.Get<RegistryDatabase>().Provider == DatabaseProvider.PostgreSql ? "::text" : "";
#pragma warning disable EF1002 // the cast is one of two constants
            var copied = await db.Database.SqlQueryRaw<string>(
                $"SELECT r.\"Employment\"{cast} AS \"Value\" FROM \"RegisterEntries\" AS r WHERE r.\"Number\" = {{0}}", number).SingleAsync();
#pragma warning restore EF1002
            Assert.Contains(before.Employment[0].Organisation!, copied);
            // And forward again, as a deployment would.
            await migrator.MigrateAsync();
        }
        var after = (await register.FindAsync(number, BlazorRegistry.Core.Register.RegisterAudience.Staff))!;
        Assert.Equal(before.Employment, after.Employment);
        Assert.Equal(before.Education, after.Education);
        Assert.Equal(before.Qualifications, after.Qualifications);
    }

    [Fact]
    public async Task ANewDatabaseHasEightKibibytePagesAndAnOldOneKeepsItsOwn()
    {
        Assert.SkipWhen(TestDatabase.PostgreSqlServer is not null, "SQLite's page size.");
        await using var test = await TestDatabase.CreateAsync();
        async Task<long> PageSizeAsync(string path)
        {
            await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA page_size;";
            return (long)(await command.ExecuteScalarAsync())!;
        }
        Assert.Equal(SqliteDatabase.PageSize, await PageSizeAsync(test.Path));

        // A database made before, with SQLite's default pages, starts and migrates as it is.
        await using var old = await TestDatabase.CreateAsync(initialize: false);
        await using (var connection = new SqliteConnection($"Data Source={old.Path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA page_size = 4096; CREATE TABLE \"Earlier\" (\"Id\" INTEGER);";
            await command.ExecuteNonQueryAsync();
        }
        await old.Get<DatabaseInitializer>().InitializeAsync();
        Assert.Equal(4096, await PageSizeAsync(old.Path));
        await using var db = old.NewContext();
        Assert.True(await db.Regions.AnyAsync());
    }
}

public class ApplicationPersistence
{
    [Fact]
    public async Task RoundTripsACompleteApplicationThroughAFreshContext()
    {
        await using var test = await TestDatabase.CreateAsync();
        var original = Complete();
        original.RememberStep(4, NowUtc);
        await using (var db = test.NewContext())
        {
            db.Applications.Add(original);
            await db.SaveChangesAsync();
        }

        await using var fresh = test.NewContext();
        var loaded = await fresh.Applications.SingleAsync(a => a.Id == original.Id);
        Assert.Equal(original.Personal, loaded.Personal);
        Assert.Equal(original.Contacts, loaded.Contacts);
        Assert.Equal(original.Address, loaded.Address);
        Assert.Equal(original.Profession, loaded.Profession);
        Assert.Equal(original.Education, loaded.Education);
        Assert.Equal(original.Employment, loaded.Employment);
        Assert.Equal(original.Qualifications, loaded.Qualifications);
        Assert.Equal(original.Documents, loaded.Documents);
        Assert.Equal(original.Consent, loaded.Consent);
        Assert.Equal(original.Version, loaded.Version);
        Assert.Equal(4, loaded.LastStep);
        Assert.Equal(DateTimeKind.Utc, loaded.CreatedAtUtc.Kind);
        Assert.Equal(original.NameKey, loaded.NameKey);
    }

    [Fact]
    public async Task StoresTheRecordsLettersAsThemselvesAndStillReadsRowsWrittenEscaped()
    {
        await using var test = await TestDatabase.CreateAsync();
        var original = Complete();
        await using (var db = test.NewContext())
        {
            db.Applications.Add(original);
            await db.SaveChangesAsync();
        }
        await using (var db = test.NewContext())
        {
            var stored = await db.Database.SqlQuery<string>($"SELECT CAST(\"Employment\" AS TEXT) AS \"Value\" FROM \"Applications\" WHERE \"Id\" = {original.Id}").SingleAsync();
            Assert.Contains("«Мейірім» арнаулы әлеуметтік", stored);
            Assert.DoesNotContain("\\u", stored);
            // A row written before (every letter escaped, as Entity Framework's own writer did) reads the same.
            var escaped = stored.Replace("«Мейірім»", "\\u00AB\\u041C\\u0435\\u0439\\u0456\\u0440\\u0456\\u043C\\u00BB");
            Assert.NotEqual(stored, escaped);
            var cast = test.Get<RegistryDatabase>().Provider == DatabaseProvider.PostgreSql ? "::jsonb" : "";
#pragma warning disable EF1002 // the cast is one of two constants; the value is a parameter
            await db.Database.ExecuteSqlRawAsync($"UPDATE \"Applications\" SET \"Employment\" = {{0}}{cast} WHERE \"Id\" = {{1}}", escaped, original.Id);
#pragma warning restore EF1002
        }
        await using var fresh = test.NewContext();
        Assert.Equal(original.Employment, (await fresh.Applications.AsNoTracking().SingleAsync(a => a.Id == original.Id)).Employment);
    }

    [Fact]
    public async Task StoresTheSubmittedSnapshotOnlyWhileTheAnswersDifferFromIt()
    {
        await using var test = await TestDatabase.CreateAsync();
        var id = await BlazorRegistry.Tests.Core.Applications.ApplicationServiceDrafts.SeedSubmittedAsync(test);
        async Task<string?> StoredAsync()
        {
            await using var db = test.NewContext();
            return await db.Database.SqlQuery<string?>($"SELECT \"SubmittedSnapshot\" AS \"Value\" FROM \"Applications\" WHERE \"Id\" = {id}").SingleAsync();
        }
        async Task<Application> LoadAsync(bool tracked)
        {
            await using var db = test.NewContext();
            var query = tracked ? db.Applications : db.Applications.AsNoTracking();
            return await query.SingleAsync(a => a.Id == id);
        }

        // Submitted and untouched: the row holds the mark, every load holds the snapshot.
        Assert.Equal(ApplicationSnapshot.SameAsAnswers, await StoredAsync());
        foreach (var tracked in new[] { true, false })
        {
            var loaded = await LoadAsync(tracked);
            // The records too (Entity Framework fills JSON collections after the entity itself: a snapshot taken too early
            // would have none).
            Assert.Contains(loaded.Employment[0].Organisation!, loaded.SubmittedSnapshot);
            Assert.Contains(loaded.Personal.Surname!, loaded.SubmittedSnapshot);
        }
        var submitted = (await LoadAsync(tracked: false)).SubmittedSnapshot!;

        // Returned and changed: the row keeps the submitted answers, not the new ones.
        var review = test.Get<ReviewService>();
        await review.ClaimAsync(id, "admin-1");
        await review.ReturnForRevisionAsync(id, "admin-1", [ReturnReason.EmploymentMismatch], "Штаттық лауазымы сәйкес емес");
        var service = test.Get<ApplicationService>();
        var returned = (await service.LoadOwnAsync(id, "applicant-1"))!;
        Assert.Equal(submitted, returned.SubmittedSnapshot);
        var changedJobs = returned.Employment.Select(e => e with { StaffPosition = "Өзгертілген штаттық лауазым" }).ToList();
        var saved = await service.SaveEmploymentAsync(id, "applicant-1", returned.Version, changedJobs);
        Assert.True(saved.Succeeded);
        Assert.Equal(submitted, await StoredAsync());
        var edited = await LoadAsync(tracked: true);
        Assert.Equal(submitted, edited.SubmittedSnapshot);
        Assert.DoesNotContain("Өзгертілген", edited.SubmittedSnapshot);
        Assert.Equal([ApplicationSection.Employment], ApplicationSnapshot.Changed(edited.SubmittedSnapshot, ApplicationSnapshot.Take(edited)));

        // Submitted again: the mark again, the earlier submission kept in full.
        Assert.True((await service.SubmitAsync(id, "applicant-1", saved.Value!.Version)).Succeeded);
        Assert.Equal(ApplicationSnapshot.SameAsAnswers, await StoredAsync());
        var resubmitted = await LoadAsync(tracked: false);
        Assert.Equal(submitted, resubmitted.PreviousSnapshot);
        Assert.Contains("Өзгертілген", resubmitted.SubmittedSnapshot);
    }

    [Theory]
    [InlineData("Қазақ «тілі»")]
    [InlineData("a \"quoted\" back\\slash")]
    [InlineData("line\nbreak\ttab\u0001")]
    [InlineData("emoji 😀 and </script>")]
    [InlineData("")]
    public void TheRecordsTextWriterWritesJsonThatReadsBackTheSame(string text)
    {
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
            BlazorRegistry.Core.Data.Configurations.UnescapedJsonString.Instance.ToJsonTyped(writer, text);
        var json = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        Assert.Equal(text, System.Text.Json.JsonSerializer.Deserialize<string>(json));
        Assert.DoesNotContain("\\u04", json); // Cyrillic stays letters
    }

    [Fact]
    public async Task KeepsTheHistoryWithTheApplication()
    {
        await using var test = await TestDatabase.CreateAsync();
        var service = test.Get<ApplicationService>();
        var draft = await service.GetOrStartDraftAsync("applicant-1");
        await using (var db = test.NewContext())
        {
            var a = await db.Applications.SingleAsync(x => x.Id == draft.Id);
            Fill(a);
            await db.SaveChangesAsync();
            draft = a;
        }
        var submitted = await service.SubmitAsync(draft.Id, "applicant-1", draft.Version);
        Assert.True(submitted.Succeeded, string.Join(", ", submitted.Errors));

        await using var fresh = test.NewContext();
        var loaded = await fresh.Applications.SingleAsync(a => a.Id == draft.Id);
        var entry = Assert.Single(loaded.History);
        Assert.Equal(HistoryAction.Submitted, entry.Action);
        Assert.Equal($"RS-2026-{draft.Id:D6}", loaded.ReferenceNumber);
    }

    [Fact]
    public async Task TheConcurrencyTokenRejectsAStaleWrite()
    {
        await using var test = await TestDatabase.CreateAsync();
        var a = Complete();
        await using (var db = test.NewContext())
        {
            db.Applications.Add(a);
            await db.SaveChangesAsync();
        }

        await using var first = test.NewContext();
        await using var second = test.NewContext();
        var mine = await first.Applications.SingleAsync(x => x.Id == a.Id);
        var theirs = await second.Applications.SingleAsync(x => x.Id == a.Id);

        mine.UpdateProfession(new ProfessionData(4, 3, 0), NowUtc);
        await first.SaveChangesAsync();
        theirs.UpdateProfession(new ProfessionData(4, 4, 0), NowUtc);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = test.NewContext();
        Assert.Equal(3, (await check.Applications.SingleAsync(x => x.Id == a.Id)).Profession.ExperienceYears);
    }

    [Fact]
    public async Task AnApplicantHasOneOpenApplicationAtMost()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var db = test.NewContext();
        db.Applications.Add(Application.StartDraft("applicant-1", NowUtc));
        db.Applications.Add(Application.StartDraft("applicant-1", NowUtc));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}

public class ReasonsPersistence
{
    [Fact]
    public async Task ReturnAndRefusalReasonsComeBackTyped()
    {
        await using var test = await TestDatabase.CreateAsync();
        var returned = Complete("applicant-1");
        var refused = Complete("applicant-2");
        await using (var db = test.NewContext())
        {
            db.Applications.AddRange(returned, refused);
            await db.SaveChangesAsync();
            foreach (var a in new[] { returned, refused })
            {
                a.Submit(NowUtc, WorkingDays);
                a.Claim("admin-1", NowUtc);
            }
            returned.ReturnForRevision("admin-1", [ReturnReason.EmploymentMismatch, ReturnReason.ProfessionMismatch], "x", NowUtc);
            refused.Refuse("admin-1", RefusalReason.BannedFromMedicalActivity, "y", NowUtc);
            await db.SaveChangesAsync();
        }

        await using var fresh = test.NewContext();
        var r = await fresh.Applications.SingleAsync(a => a.Id == returned.Id);
        Assert.Equal([ReturnReason.ProfessionMismatch, ReturnReason.EmploymentMismatch], r.ReturnReasons);
        Assert.Equal([ReturnReason.ProfessionMismatch, ReturnReason.EmploymentMismatch], r.History[^1].ReturnReasons);
        var f = await fresh.Applications.SingleAsync(a => a.Id == refused.Id);
        Assert.Empty(f.ReturnReasons);
        Assert.Equal(RefusalReason.BannedFromMedicalActivity, f.History[^1].RefusalReason);
        Assert.Empty(f.History[^1].ReturnReasons);
        // One text column per list, written by ReasonCodes alone.
        Assert.Equal("R1,R4", await fresh.Database.SqlQueryRaw<string>(
            "SELECT \"ReturnReasons\" AS \"Value\" FROM \"Applications\" WHERE \"Id\" = {0}", returned.Id).SingleAsync());
    }

    [Fact]
    public async Task TheMigrationMovesARefusalCodeOutOfTheReasonsText()
    {
        Assert.SkipWhen(TestDatabase.PostgreSqlServer is not null, "A SQLite data migration; PostgreSQL's history starts after it.");
        await using var test = await TestDatabase.CreateAsync(initialize: false);
        await using (var db = test.NewContext())
        {
            var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
            var migrations = db.Database.GetMigrations().ToList();
            var typed = migrations.FindIndex(m => m.EndsWith("_TypedReasons"));
            await migrator.MigrateAsync(migrations[typed - 1]);
            // History rows as the old text column held them (no application row needed with foreign keys off).
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("""
                PRAGMA foreign_keys = OFF;
                INSERT INTO "ApplicationHistory" ("ApplicationId", "AtUtc", "ActorId", "Action", "From", "To", "Reasons", "Comment")
                VALUES (1, '2026-01-01', 'admin', 7, 3, 7, 'F2', 'c'), (1, '2026-01-01', 'admin', 6, 3, 6, 'R2,R3', 'c'), (1, '2026-01-01', 'admin', 1, 1, 2, NULL, NULL);
                """);
            await migrator.MigrateAsync();
        }
        await using var fresh = test.NewContext();
        await fresh.Database.OpenConnectionAsync();
        await fresh.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF;");
        var history = await fresh.Set<ApplicationHistoryEntry>().OrderBy(h => h.Id).ToListAsync();
        Assert.Equal((RefusalReason?)RefusalReason.BannedFromMedicalActivity, history[0].RefusalReason);
        Assert.Empty(history[0].ReturnReasons);
        Assert.Equal([ReturnReason.FalseCategoryInformation, ReturnReason.IncompleteOrExpiredDocuments], history[1].ReturnReasons);
        Assert.Null(history[1].RefusalReason);
        Assert.Empty(history[2].ReturnReasons);
    }
}
