using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Files;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Review;
using BlazorRegistry.Core.Rules;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static BlazorRegistry.Tests.Support.TestApplications;

namespace BlazorRegistry.Tests.Core.Files;

/// <summary>One account cannot fill the disk: a quota, replaced scans deleted, abandoned uploads swept.</summary>
public class Uploads
{
    private static MemoryStream Pdf(int bytes = 100)
    {
        var content = new byte[bytes];
        "%PDF-1.4"u8.CopyTo(content);
        return new MemoryStream(content);
    }

    private static FileStore StoreWith(TestDatabase test, UploadQuota quota) =>
        new(test.Get<IDbContextFactory<RegistryDbContext>>(), test.Time, test.Get<FileStoreOptions>(), quota);

    private static string PathOf(TestDatabase test, string id) => Path.Combine(test.Get<FileStoreOptions>().Folder, id);

    [Fact]
    public async Task TheQuotaCountsFilesAndBytesPerApplicant()
    {
        await using var test = await TestDatabase.CreateAsync();
        var store = StoreWith(test, new UploadQuota { MaxFiles = 2, MaxBytes = 1000 });
        Assert.True((await store.SaveAsync("a", "1.pdf", Pdf(400))).Succeeded);
        Assert.Equal(ErrorCode.UploadQuotaBytes, (await store.SaveAsync("a", "2.pdf", Pdf(700))).Errors[0].Code);
        Assert.True((await store.SaveAsync("a", "2.pdf", Pdf(500))).Succeeded);
        Assert.Equal(ErrorCode.UploadQuotaFiles, (await store.SaveAsync("a", "3.pdf", Pdf(10))).Errors[0].Code);
        // Another applicant has a quota of their own, and a refused file leaves nothing on disk.
        Assert.True((await store.SaveAsync("b", "1.pdf", Pdf(400))).Succeeded);
        Assert.Equal(3, Directory.GetFiles(test.Get<FileStoreOptions>().Folder).Length);
    }

    [Fact]
    public async Task AReplacedScanIsClosedAtOnceAndLeavesTheDiskAfterTheGrace()
    {
        await using var test = await TestDatabase.CreateAsync();
        var (draft, store, applications) = await DraftAsync(test);
        var first = (await store.SaveAsync("applicant-1", "passport.pdf", Pdf())).Value!;
        draft = (await applications.SaveDocumentsAsync(draft.Id, "applicant-1", draft.Version, [Identity(first.Id)])).Value!;
        var second = (await store.SaveAsync("applicant-1", "passport-2.pdf", Pdf())).Value!;
        draft = (await applications.SaveDocumentsAsync(draft.Id, "applicant-1", draft.Version, [Identity(second.Id)])).Value!;

        // Nobody can open the replaced scan any more, its owner and staff included.
        Assert.Null(await store.OpenAsync(first.Id, "applicant-1", requesterIsStaff: false));
        Assert.Null(await store.OpenAsync(first.Id, "admin-1", requesterIsStaff: true));
        Assert.Empty(await store.DescribeAsync([first.Id]));
        Assert.NotNull(await store.OpenAsync(second.Id, "applicant-1", requesterIsStaff: false));
        // But its file stays for the grace, so a backup whose database copy still names it finds it.
        Assert.True(File.Exists(PathOf(test, first.Id)));
        Assert.Equal(0, await store.SweepAsync());
        Assert.True(File.Exists(PathOf(test, first.Id)));

        test.Time.Advance(FileStore.DeletedGrace + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await store.SweepAsync());
        Assert.False(File.Exists(PathOf(test, first.Id)));
        Assert.True(File.Exists(PathOf(test, second.Id)));
        await using var db = test.NewContext();
        Assert.Equal([second.Id], await db.StoredFiles.Select(f => f.Id).ToListAsync());
        Assert.NotNull((await db.StoredFiles.SingleAsync()).AttachedAtUtc);

        // Removed altogether: closed at once, gone after the grace.
        await applications.SaveDocumentsAsync(draft.Id, "applicant-1", draft.Version, []);
        Assert.Null(await store.OpenAsync(second.Id, "applicant-1", requesterIsStaff: false));
        test.Time.Advance(FileStore.DeletedGrace + TimeSpan.FromMinutes(1));
        await store.SweepAsync();
        Assert.False(File.Exists(PathOf(test, second.Id)));
    }

    [Fact]
    public async Task ReplacingAScanAgainAndAgainCannotOutrunTheQuota()
    {
        await using var test = await TestDatabase.CreateAsync();
        var (draft, _, applications) = await DraftAsync(test);
        var store = StoreWith(test, new UploadQuota { MaxFiles = 2, MaxBytes = 300 });
        for (var i = 0; i < 3; i++)
        {
            var scan = (await store.SaveAsync("applicant-1", $"passport-{i}.pdf", Pdf())).Value!;
            draft = (await applications.SaveDocumentsAsync(draft.Id, "applicant-1", draft.Version, [Identity(scan.Id)])).Value!;
        }
        // One scan kept: the file count has room, but the bytes of the two replaced within the hour are
        // still on disk and still count, so a churn of uploads fills no disk.
        Assert.Equal(ErrorCode.UploadQuotaBytes, (await store.SaveAsync("applicant-1", "passport-3.pdf", Pdf())).Errors[0].Code);
        test.Time.Advance(FileStore.DeletedGrace + TimeSpan.FromMinutes(1));
        await store.SweepAsync();
        Assert.True((await store.SaveAsync("applicant-1", "passport-3.pdf", Pdf())).Succeeded);
    }

    [Fact]
    public async Task AScanTheSubmittedApplicationShowsIsKeptWhenTheApplicantReplacesItAfterAReturn()
    {
        await using var test = await TestDatabase.CreateAsync();
        var store = test.Get<FileStore>();
        var submitted = (await store.SaveAsync("applicant-1", "passport.pdf", Pdf())).Value!;
        int id;
        await using (var db = test.NewContext())
        {
            var a = Complete();
            a.ReplaceDocuments(a.Documents.Select(d => d.KindId == IdentityKind ? d with { FileId = submitted.Id } : d), NowUtc);
            db.Applications.Add(a);
            await db.SaveChangesAsync();
            a.Submit(NowUtc, WorkingDays);
            a.Claim("admin-1", NowUtc);
            a.ReturnForRevision("admin-1", [ReturnReason.IncompleteOrExpiredDocuments], "Паспорт анық емес", NowUtc);
            await db.SaveChangesAsync();
            id = a.Id;
        }
        var returned = (await test.Get<ApplicationService>().LoadOwnAsync(id, "applicant-1"))!;
        var replacement = (await store.SaveAsync("applicant-1", "passport-clear.pdf", Pdf())).Value!;
        var saved = await test.Get<ApplicationService>().SaveDocumentsAsync(id, "applicant-1", returned.Version,
            returned.Documents.Select(d => d.KindId == IdentityKind ? d with { FileId = replacement.Id } : d).ToList());
        Assert.True(saved.Succeeded);
        // The administrator still compares against what was submitted: that scan stays.
        Assert.True(File.Exists(PathOf(test, submitted.Id)));
        Assert.True(File.Exists(PathOf(test, replacement.Id)));
    }

    [Fact]
    public async Task SomeoneElsesFileIdAttachedAndRemovedDeletesNothingOfTheirs()
    {
        await using var test = await TestDatabase.CreateAsync();
        var store = test.Get<FileStore>();
        var victims = (await store.SaveAsync("victim", "diploma.pdf", Pdf())).Value!;
        var (draft, _, applications) = await DraftAsync(test);
        draft = (await applications.SaveDocumentsAsync(draft.Id, "applicant-1", draft.Version, [Identity(victims.Id)])).Value!;
        await applications.SaveDocumentsAsync(draft.Id, "applicant-1", draft.Version, []);
        Assert.True(File.Exists(PathOf(test, victims.Id)));
        await using var db = test.NewContext();
        Assert.Null((await db.StoredFiles.SingleAsync(f => f.Id == victims.Id)).AttachedAtUtc);
    }

    [Fact]
    public async Task TheSweepRemovesUploadsNeverAttachedForADayAndFilesNoRowDescribes()
    {
        await using var test = await TestDatabase.CreateAsync();
        var (draft, store, applications) = await DraftAsync(test);
        var abandoned = (await store.SaveAsync("applicant-1", "abandoned.pdf", Pdf())).Value!;
        var attached = (await store.SaveAsync("applicant-1", "passport.pdf", Pdf())).Value!;
        await applications.SaveDocumentsAsync(draft.Id, "applicant-1", draft.Version, [Identity(attached.Id)]);
        var orphan = PathOf(test, new string('a', 32));
        await File.WriteAllBytesAsync(orphan, [1, 2, 3]);
        File.SetLastWriteTimeUtc(orphan, test.Time.GetUtcNow().UtcDateTime.AddDays(-2));

        Assert.Equal(1, await store.SweepAsync()); // the orphan only: the abandoned upload is an hour old at most
        Assert.False(File.Exists(orphan));
        Assert.True(File.Exists(PathOf(test, abandoned.Id)));

        test.Time.Advance(FileStore.UnattachedLifetime + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await store.SweepAsync());
        Assert.Null(await store.OpenAsync(abandoned.Id, "applicant-1", requesterIsStaff: false));
        test.Time.Advance(FileStore.DeletedGrace + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await store.SweepAsync());
        Assert.False(File.Exists(PathOf(test, abandoned.Id)));
        Assert.True(File.Exists(PathOf(test, attached.Id)));
    }

    private static int IdentityKind => ReferenceDataSeed.DocumentKinds.Single(k => k.Code == ReferenceDataSeed.DocumentCodes.Identity).Id;

    private static ApplicationDocument Identity(string fileId) => new(IdentityKind, fileId, "passport.pdf", new DateOnly(2030, 1, 1));

    private static async Task<(Application Draft, FileStore Store, ApplicationService Applications)> DraftAsync(TestDatabase test)
    {
        var applications = test.Get<ApplicationService>();
        return (await applications.GetOrStartDraftAsync("applicant-1"), test.Get<FileStore>(), applications);
    }
}
