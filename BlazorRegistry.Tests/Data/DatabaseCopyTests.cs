using BlazorRegistry.Core;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Notifications;
using BlazorRegistry.Core.Register;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BlazorRegistry.Tests.Data;

/// <summary>Issue #18, point 6: a SQLite installation moves to an empty PostgreSQL database with every row. PostgreSQL pass only.</summary>
public class DatabaseCopyToPostgreSql
{
    [Fact]
    public async Task EveryTableArrivesWithItsIdsAndTheCopyWorksOnAtOnce()
    {
        Assert.SkipWhen(TestDatabase.PostgreSqlServer is null, "Needs the PostgreSQL server of test.sh's second pass.");
        await using var source = await TestDatabase.CreateAsync(sqlite: true);
        var published = await Registered.CreateAsync(source.Services, "applicant-1", "Сейтқали", "Нұрлан", new Consent(true, Contacts: true));
        await Registered.CreateAsync(source.Services, "applicant-2", "Иванова", "Анна", new Consent(false));
        await Registered.SubmittedAsync(source.Services, "applicant-3", "Омарова", "Айгерім");
        await source.Get<BlazorRegistry.Core.Audit.AuditLog>().RecordAsync(new BlazorRegistry.Core.Audit.AuditActor("admin-1", "10.0.0.1"), BlazorRegistry.Core.Audit.AuditAction.SignedIn);

        var name = $"registry_copy_{Guid.NewGuid():N}";
        await TestDatabase.ServerCommandAsync($"CREATE DATABASE \"{name}\"");
        var target = new Npgsql.NpgsqlConnectionStringBuilder(TestDatabase.PostgreSqlServer) { Database = name }.ConnectionString;
        try
        {
            // A copy that fails half-way keeps nothing: a region name longer than PostgreSQL's column (SQLite
            // never enforced the length) stops it after the accounts and applications were written.
            await using (var db = source.NewContext())
                await db.Database.ExecuteSqlRawAsync("""UPDATE "Regions" SET "NameRu" = printf('%.400c', 'я') WHERE "Id" = 20""");
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => source.Get<DatabaseCopy>().ToPostgreSqlAsync(target, []));
            await using (var check = new Npgsql.NpgsqlConnection(target))
            {
                await check.OpenAsync();
                await using var rows = new Npgsql.NpgsqlCommand("""SELECT (SELECT COUNT(*) FROM "Applications") + (SELECT COUNT(*) FROM "AspNetRoles") + (SELECT COUNT(*) FROM "Regions")""", check);
                Assert.Equal(0L, (long)(await rows.ExecuteScalarAsync())!);
            }
            await using (var db = source.NewContext())
                await db.Database.ExecuteSqlRawAsync("""UPDATE "Regions" SET "NameRu" = 'город Шымкент' WHERE "Id" = 20""");

            var counts = await source.Get<DatabaseCopy>().ToPostgreSqlAsync(target, [("key-1", "<key id=\"1\" />")]);

            Assert.All(counts, c => Assert.True(c.Matches, $"{c.Table}: {c.Source} → {c.Copy}"));
            Assert.Contains(counts, c => c.Table == "Applications" && c.Source == 3);
            Assert.Contains(counts, c => c.Table == "ApplicationHistory" && c.Source > 3);
            Assert.Contains(counts, c => c.Table == "AuditEntries" && c.Source >= 1);
            Assert.Contains(counts, c => c.Table == "Regions" && c.Source == 20);
            Assert.Contains(counts, c => c.Table == "DataProtectionKeys" && c.Copy == 1);

            // The copy is the register: the published entry is found, and the next application gets a new id.
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(source.Time.GetUtcNow()));
            services.AddRegistryCore(DatabaseSettings.PostgreSql(target), Path.Combine(source.Folder, "files"));
            services.AddSingleton<IApplicationEvents>(new RecordingEvents());
            services.AddSingleton<IEmailTransport>(new RecordingEmail());
            await using var copy = services.BuildServiceProvider();
            var page = await copy.GetRequiredService<RegisterService>().SearchAsync(new RegisterQuery(Name: "нурлан"), RegisterAudience.Public);
            Assert.Equal(published, Assert.Single(page.Rows).Number);
            var next = await Registered.SubmittedAsync(copy, "applicant-4", "Жаңа", "Өтініш");
            await using (var db = await copy.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync())
                Assert.Equal(4, await db.Applications.CountAsync());
            Assert.True(next > 3);

            // Never into a database that already holds a register.
            var again = await Assert.ThrowsAsync<InvalidOperationException>(() => source.Get<DatabaseCopy>().ToPostgreSqlAsync(target, []));
            Assert.Contains("not empty", again.Message);
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await TestDatabase.ServerCommandAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }
}
