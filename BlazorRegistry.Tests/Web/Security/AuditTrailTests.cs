using System.Net;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Audit;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Files;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Web.Security;

/// <summary>Every staff view of personal data and every account change leaves a line: who, when, what, from where.</summary>
public class AuditTrail(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    private async Task<List<AuditEntry>> EntriesOfAsync(string actorId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.AsNoTracking().Where(e => e.ActorId == actorId).OrderBy(e => e.Id).ToListAsync();
    }

    [Fact]
    public async Task AStaffSignInIsAuditedWithTheAddressAnApplicantsIsNot()
    {
        var observer = await AppAccounts.CreateAsync(app, Roles.Observer);
        var applicant = await AppAccounts.CreateAsync(app, Roles.Applicant);
        (await AppAccounts.SignInAsync(app, observer)).Dispose();
        (await AppAccounts.SignInAsync(app, applicant)).Dispose();
        var entry = Assert.Single(await EntriesOfAsync(observer.Id));
        Assert.Equal((AuditAction.SignedIn, "127.0.0.1"), (entry.Action, entry.Address));
        Assert.Empty(await EntriesOfAsync(applicant.Id));
    }

    [Fact]
    public async Task StaffViewsAndExportsOfTheRegisterAreAuditedTheAnonymousAreNot()
    {
        _ = app.ServerAddress;
        var number = await Registered.CreateAsync(app.Services, "audited", "Аудитов", "Ерлан", new Consent(true));
        var observer = await AppAccounts.CreateAsync(app, Roles.Observer);
        using var staff = await AppAccounts.SignInAsync(app, observer);
        await staff.GetAsync("/register?q=" + Uri.EscapeDataString("аудитов"));
        await staff.GetAsync($"/register/{number}");
        (await staff.RawGetAsync("/register/export.csv?region=71")).Dispose();
        using var anonymous = new Browserless(app.ServerAddress);
        await anonymous.GetAsync("/register");
        (await anonymous.RawGetAsync("/register/export.csv")).Dispose();

        var entries = (await EntriesOfAsync(observer.Id)).Where(e => e.Action != AuditAction.SignedIn).ToList();
        Assert.Equal([AuditAction.ViewedRegisterAsStaff, AuditAction.ViewedRegisterAsStaff, AuditAction.ExportedRegisterAsStaff], entries.Select(e => e.Action));
        Assert.Contains("q=", entries[0].Detail);
        Assert.Equal(number, entries[1].Detail);
        Assert.Equal("csv ?region=71", entries[2].Detail);
        Assert.Empty(await EntriesOfAsync(""));
    }

    [Fact]
    public async Task StaffOpeningAnApplicantsScanIsAuditedTheOwnerOpeningItIsNot()
    {
        var applicant = await AppAccounts.CreateAsync(app, Roles.Applicant);
        var file = (await app.Services.GetRequiredService<FileStore>().SaveAsync(applicant.Id, "diploma.pdf", new MemoryStream("%PDF-1.4 x"u8.ToArray()))).Value!;
        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator);
        using (var owner = await AppAccounts.SignInAsync(app, applicant))
            Assert.Equal(HttpStatusCode.OK, (await owner.RawGetAsync($"/files/{file.Id}")).StatusCode);
        using (var staff = await AppAccounts.SignInAsync(app, admin))
            Assert.Equal(HttpStatusCode.OK, (await staff.RawGetAsync($"/files/{file.Id}")).StatusCode);

        Assert.Empty(await EntriesOfAsync(applicant.Id));
        var download = Assert.Single(await EntriesOfAsync(admin.Id), e => e.Action == AuditAction.DownloadedFile);
        Assert.Equal((applicant.Id, file.Id), (download.SubjectUserId, download.Detail));
    }

    [Fact]
    public async Task CreatingDisablingAndEnablingAnAccountAreAuditedAndShownOnTheAuditPage()
    {
        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator);
        using var visitor = await AppAccounts.SignInAsync(app, admin);
        var email = $"observer-{Guid.NewGuid():N}@enbek.kz";
        await visitor.SubmitAsync("/admin/users", "create-staff", new() { ["Input.Email"] = email, ["Input.Role"] = Roles.Observer, ["Input.Password"] = "Strong-Pass-2" });
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<RegistryUser>>().FindByNameAsync(email);
            var list = await visitor.GetAsync("/admin/users?q=" + Uri.EscapeDataString(email));
            list = await visitor.PostFormAsync(list, $"/admin/users/{created!.Id}/disable");
            await visitor.PostFormAsync(list, $"/admin/users/{created.Id}/enable");

            var entries = (await EntriesOfAsync(admin.Id)).Where(e => e.Action != AuditAction.SignedIn).ToList();
            Assert.Equal([AuditAction.CreatedAccount, AuditAction.DisabledAccount, AuditAction.EnabledAccount], entries.Select(e => e.Action));
            Assert.All(entries, e => Assert.Equal((created.Id, "127.0.0.1"), (e.SubjectUserId, e.Address)));
            Assert.Contains(Roles.Observer, entries[0].Detail);
        }

        var page = await visitor.GetAsync("/admin/audit?person=" + Uri.EscapeDataString(email) + "&action=DisabledAccount");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var table = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.Html).QuerySelector("[data-testid=audit] tbody")!.TextContent;
        Assert.Contains("Тіркелгіні бұғаттады", table);
        Assert.DoesNotContain("Тіркелгіні қайта қосты", table);
        Assert.Contains(email, table);

        using var csv = await visitor.RawGetAsync("/admin/audit/export.csv?person=" + Uri.EscapeDataString(email));
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal(4, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // header and three lines
        Assert.Contains("Тіркелгі жасады", text);
    }

    [Fact]
    public async Task OnlyAdministratorsReadTheAudit()
    {
        var observer = await AppAccounts.CreateAsync(app, Roles.Observer);
        using var staff = await AppAccounts.SignInAsync(app, observer);
        using var page = await staff.RawGetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/access-denied", page.Headers.Location!.OriginalString);
        using var csv = await staff.RawGetAsync("/admin/audit/export.csv");
        Assert.NotEqual(HttpStatusCode.OK, csv.StatusCode);
        using var anonymous = new Browserless(app.ServerAddress);
        using var anonymousCsv = await anonymous.RawGetAsync("/admin/audit/export.csv");
        Assert.NotEqual(HttpStatusCode.OK, anonymousCsv.StatusCode);
    }
}
