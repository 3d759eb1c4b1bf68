using System.Net;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Files;
using BlazorRegistry.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Web;

/// <summary>Uploaded scans are served to their owner and to staff only.</summary>
public class FileAccess(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    private static readonly byte[] Pdf = "%PDF-1.4 test"u8.ToArray();

    private async Task<string> UploadAsOwnerAsync(RegistryUser owner)
    {
        var stored = await app.Services.GetRequiredService<FileStore>().SaveAsync(owner.Id, "diploma.pdf", new MemoryStream(Pdf));
        Assert.True(stored.Succeeded);
        return stored.Value!.Id;
    }

    [Fact]
    public async Task TheOwnerGetsTheFileInline()
    {
        var owner = await AppAccounts.CreateAsync(app, Roles.Applicant);
        var id = await UploadAsOwnerAsync(owner);
        var visitor = await AppAccounts.SignInAsync(app, owner);
        var page = await visitor.GetAsync($"/files/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("%PDF", page.Html);
    }

    [Fact]
    public async Task AnotherApplicantGetsNotFound()
    {
        var owner = await AppAccounts.CreateAsync(app, Roles.Applicant);
        var id = await UploadAsOwnerAsync(owner);
        var stranger = await AppAccounts.SignInAsync(app, await AppAccounts.CreateAsync(app, Roles.Applicant));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/files/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/files/{new string('0', 32)}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync("/files/..%2F..%2Fappsettings.json")).Status);
    }

    [Fact]
    public async Task StaffMayReadIt()
    {
        var id = await UploadAsOwnerAsync(await AppAccounts.CreateAsync(app, Roles.Applicant));
        var observer = await AppAccounts.SignInAsync(app, await AppAccounts.CreateAsync(app, Roles.Observer));
        Assert.Equal(HttpStatusCode.OK, (await observer.GetAsync($"/files/{id}")).Status);
    }

    [Fact]
    public async Task AnonymousVisitorsAreSentToSignIn()
    {
        var id = await UploadAsOwnerAsync(await AppAccounts.CreateAsync(app, Roles.Applicant));
        var page = await new Browserless(app.ServerAddress).GetAsync($"/files/{id}");
        Assert.StartsWith("/account/sign-in", page.Url);
    }

    [Fact]
    public async Task AnotherApplicantSeesOnlyTheirOwnApplication()
    {
        var owner = await AppAccounts.CreateAsync(app, Roles.Applicant);
        var draft = await app.Services.GetRequiredService<BlazorRegistry.Core.Applications.ApplicationService>().GetOrStartDraftAsync(owner.Id);
        await app.Services.GetRequiredService<BlazorRegistry.Core.Applications.ApplicationService>()
            .SavePersonalDataAsync(draft.Id, owner.Id, draft.Version, new("Құпияқызы", "Айгүл", null, new DateOnly(1991, 1, 1), null));
        var stranger = await AppAccounts.SignInAsync(app, await AppAccounts.CreateAsync(app, Roles.Applicant));
        var page = await stranger.GetAsync("/my-application");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain("Құпияқызы", page.Html);
        Assert.Contains("Сізде әлі өтініш жоқ.", page.Text);
    }
}

public class FileStoreSave
{
    [Fact]
    public async Task RefusesARenamedExecutable()
    {
        await using var test = await TestDatabase.CreateAsync();
        var result = await test.Get<FileStore>().SaveAsync("u", "diploma.pdf", new MemoryStream([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]));
        Assert.Equal(BlazorRegistry.Core.Rules.ErrorCode.FileTypeNotAllowed, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task RefusesAnElevenMegabyteFileAndLeavesNothingBehind()
    {
        await using var test = await TestDatabase.CreateAsync();
        var big = new byte[11 * 1024 * 1024];
        "%PDF-1.4"u8.CopyTo(big);
        var result = await test.Get<FileStore>().SaveAsync("u", "scan.pdf", new MemoryStream(big));
        Assert.Equal(BlazorRegistry.Core.Rules.ErrorCode.FileTooLarge, Assert.Single(result.Errors).Code);
        Assert.Empty(Directory.GetFiles(Path.Combine(test.Folder, "files")));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0, 0, 0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "image/png")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "application/pdf")]
    public async Task TellsTheTypeFromTheContentNotTheName(byte[] content, string type)
    {
        await using var test = await TestDatabase.CreateAsync();
        var result = await test.Get<FileStore>().SaveAsync("owner", "whatever.exe", new MemoryStream(content));
        Assert.Equal(type, result.Value!.ContentType);
        Assert.Null(await test.Get<FileStore>().OpenAsync(result.Value.Id, "someone-else", requesterIsStaff: false));
        Assert.NotNull(await test.Get<FileStore>().OpenAsync(result.Value.Id, "owner", requesterIsStaff: false));
    }

    [Fact]
    public async Task RefusesAnEmptyFile()
    {
        await using var test = await TestDatabase.CreateAsync();
        Assert.Equal(BlazorRegistry.Core.Rules.ErrorCode.FileEmpty, Assert.Single((await test.Get<FileStore>().SaveAsync("u", "x.pdf", new MemoryStream())).Errors).Code);
    }
}
