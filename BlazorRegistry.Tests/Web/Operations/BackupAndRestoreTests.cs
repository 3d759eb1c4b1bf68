using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Files;
using BlazorRegistry.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Web.Operations;

/// <summary>Issue #14, point 5: the backup and restore commands, while the app serves and writes.</summary>
[Collection(ProcessTests.Name)]
public class BackupAndRestore
{
    private sealed class AppOn(string dataDirectory) : RegistryAppFactory(dataDirectory);

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task ABackupTakenWhileWritesRunRestoresEveryCommittedApplicationFileAndAccount()
    {
        var root = Path.Combine(Path.GetTempPath(), "registry-backup-tests", Guid.NewGuid().ToString("N"));
        var live = Path.Combine(root, "live");
        var backups = Path.Combine(root, "backups");
        var restored = Path.Combine(root, "restored");
        try
        {
            var committed = new List<int>();
            var files = new List<string>();
            var accounts = new List<string>();
            string archive;
            await using (var app = new AppOn(live))
            {
                await app.InitializeAsync();
                _ = app.ServerAddress;
                for (var i = 0; i < 3; i++)
                    accounts.Add((await AppAccounts.CreateAsync(app, Roles.Applicant)).Email!);
                var store = app.Services.GetRequiredService<FileStore>();
                for (var i = 0; i < 3; i++)
                    files.Add((await store.SaveAsync("owner-1", $"scan-{i}.pdf", new MemoryStream(Pdf))).Value!.Id);
                for (var i = 0; i < 5; i++)
                    committed.Add(await Registered.SubmittedAsync(app.Services, $"before-{i}", "Сейтқали", "Нұрлан"));

                // Writes keep running during the backup; those acknowledged before it starts must be in it.
                using var stop = new CancellationTokenSource();
                var during = 0;
                var writer = Task.Run(async () =>
                {
                    while (!stop.IsCancellationRequested)
                    {
                        await Registered.SubmittedAsync(app.Services, $"during-{Guid.NewGuid():N}", "Жақсылықова", "Әсел");
                        Interlocked.Increment(ref during);
                    }
                });
                var (exit, output) = await AppProcess.RunCommandAsync(live, "backup", "--to", backups);
                stop.Cancel();
                await writer;
                Assert.True(exit == 0, output);
                Assert.True(during > 0, "no write ran during the backup");
                archive = Assert.Single(Directory.GetFiles(backups, "registry-backup-*.zip"));
                Assert.Contains(archive, output);
            }

            // A non-empty data directory is refused unless told to.
            var refused = await AppProcess.RunCommandAsync(live, "restore", "--from", archive);
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains("is not empty", refused.Output);

            var (restoreExit, restoreOutput) = await AppProcess.RunCommandAsync(restored, "restore", "--from", archive);
            Assert.True(restoreExit == 0, restoreOutput);

            await using var again = new AppOn(restored);
            await again.InitializeAsync();
            _ = again.ServerAddress;
            await using var db = await again.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
            Assert.Equal("ok", await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync() is [var only] ? only : "many");
            var ids = await db.Applications.Where(a => a.Status == ApplicationStatus.Submitted).Select(a => a.Id).ToListAsync();
            Assert.Subset(ids.ToHashSet(), committed.ToHashSet());
            var store2 = again.Services.GetRequiredService<FileStore>();
            foreach (var id in files)
                Assert.NotNull(await store2.OpenAsync(id, "owner-1", requesterIsStaff: false));
            await using var scope = again.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
            foreach (var email in accounts)
                Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync(email))!, AppAccounts.Password), email);
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(restored, "keys")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }
}
