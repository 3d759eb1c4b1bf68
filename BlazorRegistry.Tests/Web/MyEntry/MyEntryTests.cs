using System.Net;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Register;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Web.MyEntry;

/// <summary>/my-entry and the administrator's exclusion, over HTTP as a browser without scripts would use them (issue #15).</summary>
public class MyEntryTests(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    private HttpClient Anonymous()
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = app.ServerAddress };
        client.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture={Uri.EscapeDataString("c=ru-RU|uic=ru-RU")}");
        return client;
    }

    private async Task<(RegistryUser User, string Number)> RegisteredSpecialistAsync(string surname, string language = "kk")
    {
        var user = await AppAccounts.CreateAsync(app, Roles.Applicant, language: language);
        var number = await Registered.CreateAsync(app.Services, user.Id, surname, "Нұрлан", new Consent(true, Contacts: true));
        return (user, number);
    }

    [Fact]
    public async Task AWithdrawnConsentHidesTheSpecialistFromTheVeryNextAnonymousRequestEverywhere()
    {
        var (user, number) = await RegisteredSpecialistAsync("Шығысбаева");
        using var visitor = Anonymous();
        var search = "/register?q=" + Uri.EscapeDataString("шыгысбаева");
        Assert.Contains(number, await visitor.GetStringAsync(search));
        Assert.Contains(number, await visitor.GetStringAsync(search));     // now from the page cache
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/register/{number}")).StatusCode);
        await visitor.GetAsync($"/register/{number}");
        Assert.Contains(number, await visitor.GetStringAsync("/api/register?q=" + Uri.EscapeDataString("шыгысбаева")));

        using var specialist = await AppAccounts.SignInAsync(app, user);
        var page = await specialist.GetAsync("/my-entry");
        Assert.Contains(number, page.Text);
        var saved = await specialist.SubmitAsync(page, "consent", new() { ["Consent.Publish"] = "false" });
        Assert.Equal("/my-entry?saved=true", saved.Url);
        Assert.Contains("data-testid=\"saved\"", saved.Html);

        Assert.DoesNotContain(number, await visitor.GetStringAsync(search));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/register/{number}")).StatusCode);
        Assert.DoesNotContain(number, await visitor.GetStringAsync("/api/register?q=" + Uri.EscapeDataString("шыгысбаева")));
        Assert.DoesNotContain(number, await visitor.GetStringAsync("/register/export.csv?q=" + Uri.EscapeDataString("шыгысбаева")));

        // Granted again, without contacts: back at once, phone hidden.
        page = await specialist.GetAsync("/my-entry");
        await specialist.SubmitAsync(page, "consent", new() { ["Consent.Publish"] = "true", ["Consent.ShowDateOfBirth"] = "true" });
        var entryPage = await visitor.GetStringAsync($"/register/{number}");
        Assert.Contains("15.05.1990", entryPage);
        Assert.DoesNotContain("+77012345678", entryPage);
    }

    [Fact]
    public async Task MyEntryShowsOnlyTheSignedInSpecialistsOwnEntry()
    {
        var (_, number) = await RegisteredSpecialistAsync("Меншікова");
        var other = await AppAccounts.CreateAsync(app, Roles.Applicant);
        using var stranger = await AppAccounts.SignInAsync(app, other);
        var page = await stranger.GetAsync("/my-entry");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("data-testid=\"no-entry\"", page.Html);
        Assert.DoesNotContain(number, page.Html);
        // Posting the forms anyway (no entry, so none is on the page) starts nothing and changes nobody's entry.
        var token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.Html)
            .QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? "";
        await stranger.RawPostAsync("/my-entry", new() { ["_handler"] = "amend", ["__RequestVerificationToken"] = token });
        await stranger.RawPostAsync("/my-entry", new() { ["_handler"] = "consent", ["__RequestVerificationToken"] = token, ["Consent.Publish"] = "false" });
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync())
        {
            Assert.False(await db.Applications.AnyAsync(a => a.ApplicantId == other.Id));
            Assert.True((await db.RegisterEntries.SingleAsync(e => e.Number == number)).IsPublic);
        }
        using var anonymous = new Browserless(app.ServerAddress);
        Assert.Equal("/account/sign-in", (await anonymous.GetAsync("/my-entry")).Url.Split('?')[0]);
    }

    [Fact]
    public async Task AnAdministratorExcludesAnEntryWhichLeavesThePublicRegisterAndTheSpecialistIsToldInTheirLanguage()
    {
        var (user, number) = await RegisteredSpecialistAsync("Шеттетілген", language: "ru");
        var observer = await AppAccounts.SignInAsync(app, await AppAccounts.CreateAsync(app, Roles.Observer));
        var observed = await observer.GetAsync($"/register/{number}");
        Assert.DoesNotContain("exclude-entry", observed.Html);

        var admin = await AppAccounts.SignInAsync(app, await AppAccounts.CreateAsync(app, Roles.Administrator));
        var page = await admin.GetAsync($"/register/{number}");
        var unconfirmed = await admin.SubmitAsync(page, "exclude-entry", new() { ["Input.Reason"] = "EmigratedPermanently", ["Input.Comment"] = "Анықтама" });
        Assert.Contains("registry-form-errors", unconfirmed.Html);

        page = await admin.GetAsync($"/register/{number}");
        var done = await admin.SubmitAsync(page, "exclude-entry", new()
        {
            ["Input.Reason"] = "EmigratedPermanently", ["Input.Comment"] = "Көші-қон қызметінің анықтамасы", ["Input.Confirmed"] = "true",
        });
        Assert.Contains("data-testid=\"excluded\"", done.Html);
        Assert.Contains("X5", done.Html);

        using var visitor = Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/register/{number}")).StatusCode);
        Assert.Contains("data-testid=\"excluded\"", (await observer.GetAsync($"/register/{number}")).Html);

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var notice = await db.Notifications.Where(n => n.UserId == user.Id).OrderByDescending(n => n.Id).FirstAsync();
        Assert.Contains("исключена из реестра", notice.Subject);
        Assert.Contains("X5 Выезд за пределы Республики Казахстан на постоянное место жительства", notice.Body);
        Assert.Equal(EntryState.Excluded, (await db.RegisterEntries.SingleAsync(e => e.Number == number)).State);
    }

    [Fact]
    public async Task AnObserverCannotExcludeByPostingTheFormThemselves()
    {
        var (_, number) = await RegisteredSpecialistAsync("Қорғалған");
        var observer = await AppAccounts.SignInAsync(app, await AppAccounts.CreateAsync(app, Roles.Observer));
        var page = await observer.GetAsync($"/register/{number}");
        var token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.Html)
            .QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? "";
        await observer.RawPostAsync($"/register/{number}", new()
        {
            ["_handler"] = "exclude-entry", ["__RequestVerificationToken"] = token,
            ["Input.Reason"] = "Death", ["Input.Comment"] = "x", ["Input.Confirmed"] = "true",
        });
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        Assert.Equal(EntryState.Registered, (await db.RegisterEntries.SingleAsync(e => e.Number == number)).State);
    }
}
