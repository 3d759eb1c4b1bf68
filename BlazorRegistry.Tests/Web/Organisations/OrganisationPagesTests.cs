using System.Net;
using System.Text;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Organisations;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Web.Organisations;

/// <summary>Issue #16 over HTTP: an organisation's list and templates are its own, in the page's language.</summary>
public class OrganisationPages(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    private async Task<(RegistryUser Clerk, int Draft)> OrganisationWithDraftAsync(string surname)
    {
        var clerk = await AppAccounts.CreateAsync(app, Roles.Applicant);
        Assert.True((await app.Services.GetRequiredService<OrganisationService>().StartAsync(clerk.Id, TestBins.Next())).Succeeded);
        await using var scope = app.Services.CreateAsyncScope();
        var draft = (await scope.ServiceProvider.GetRequiredService<SpecialistConfirmationService>().StartApplicationAsync(clerk.Id)).Value!;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var tracked = await db.Applications.SingleAsync(a => a.Id == draft.Id);
        TestApplications.Fill(tracked, surname, "Әсел", decideConsent: false);
        await db.SaveChangesAsync();
        return (clerk, draft.Id);
    }

    [Fact]
    public async Task TheListExportHoldsTheOrganisationsOwnSpecialistsOnly()
    {
        var (clerkA, _) = await OrganisationWithDraftAsync("Ақбердиева");
        var (clerkB, _) = await OrganisationWithDraftAsync("Бөкейханова");
        foreach (var (clerk, own, other, language, header) in new[]
                 {
                     (clerkA, "Ақбердиева", "Бөкейханова", "kk-KZ", "Маманның растауын күтуде"),
                     (clerkB, "Бөкейханова", "Ақбердиева", "ru-RU", "Ждёт подтверждения специалиста"),
                 })
        {
            using var client = await AppAccounts.SignInAsync(app, clerk, language);
            var (status, type, _, body) = await client.DownloadAsync("/organisation/applications.csv");
            Assert.Equal((HttpStatusCode.OK, "text/csv"), (status, type));
            var text = Encoding.UTF8.GetString(body);
            Assert.Contains(own, text);
            Assert.DoesNotContain(other, text);
            Assert.Contains(header, text);
        }
        // Somebody with no organisation gets a list of nobody.
        var stranger = await AppAccounts.CreateAsync(app, Roles.Applicant);
        using var strangerClient = await AppAccounts.SignInAsync(app, stranger);
        var strangers = Encoding.UTF8.GetString((await strangerClient.DownloadAsync("/organisation/applications.csv")).Body);
        Assert.DoesNotContain("Ақбердиева", strangers);
        Assert.Single(strangers.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task TheTemplateIsInThePagesLanguage()
    {
        var (clerk, _) = await OrganisationWithDraftAsync("Шаблонова");
        foreach (var (language, surnameHeader) in new[] { ("kk-KZ", "Тегі"), ("ru-RU", "Фамилия") })
        {
            using var client = await AppAccounts.SignInAsync(app, clerk, language);
            var csv = Encoding.UTF8.GetString((await client.DownloadAsync("/organisation/staff-template.csv")).Body);
            Assert.StartsWith("\uFEFF" + surnameHeader + ";", csv);
            var xlsx = await client.DownloadAsync("/organisation/staff-template.xlsx");
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.ContentType);
            // It reads back through the import as one valid row.
            var read = (await StaffTableReadAsync(xlsx.Body)).ToList();
            Assert.Equal(2, read.Count);
            Assert.Equal(surnameHeader, read[0][0]);
        }
    }

    private static async Task<IReadOnlyList<string[]>> StaffTableReadAsync(byte[] body) =>
        (await BlazorRegistry.Core.Organisations.Import.StaffTable.ReadAsync(new MemoryStream(body))).Value!;
}
