using System.Net;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Web.Accounts;

/// <summary>Who may open what: staff pages, the no-access page, creating and disabling accounts.</summary>
public class RoleAccess(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    private const string DemoAdmin = "admin@registry.local";
    private const string DemoPassword = "Demo-Admin-2026";

    private async Task<Browserless> SignedInAsync(string identifier, string password, string language = "kk-KZ")
    {
        var visitor = new Browserless(app.ServerAddress, language);
        // Staff enrol an authenticator at their first sign-in and type its code from then on.
        var page = await AppAccounts.SignInAsync(visitor, identifier, password);
        Assert.True(page.Url == "/", $"{identifier} could not sign in: {page.Text}");
        return visitor;
    }

    [Fact]
    public async Task AnonymousVisitorsAreSentToSignIn()
    {
        var page = await new Browserless(app.ServerAddress).GetAsync("/admin/users");
        Assert.StartsWith("/account/sign-in?ReturnUrl=%2Fadmin%2Fusers", page.Url);
    }

    [Fact]
    public async Task AnAdministratorCreatesAnObserverWhoCannotManageUsers()
    {
        var admin = await SignedInAsync(DemoAdmin, DemoPassword, "ru-RU");
        var users = await admin.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.OK, users.Status);
        Assert.Contains("Пользователи", users.Text);

        var email = $"observer-{Guid.NewGuid():N}@enbek.kz";
        var created = await admin.SubmitAsync(users, "create-staff", new()
        {
            ["Input.Email"] = email,
            ["Input.Role"] = "Observer",
            ["Input.Password"] = "Observer-Pass-1",
        });
        Assert.Contains($"Учётная запись {email} создана.", created.Text);
        Assert.Contains("Наблюдатель", created.Text);

        var observer = await SignedInAsync(email, "Observer-Pass-1");
        var denied = await observer.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Forbidden, denied.Status);
        Assert.Contains("Қолжетімділік жоқ", denied.Text);
    }

    [Fact]
    public async Task ADisabledAccountCannotSignIn()
    {
        var admin = await SignedInAsync(DemoAdmin, DemoPassword);
        var email = $"staff-{Guid.NewGuid():N}@enbek.kz";
        var page = await admin.SubmitAsync("/admin/users", "create-staff", new() { ["Input.Email"] = email, ["Input.Role"] = "Administrator", ["Input.Password"] = "Staff-Pass-123" });
        var staff = await SignedInAsync(email, "Staff-Pass-123");

        var action = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.Html).QuerySelectorAll("tr")
            .Single(tr => tr.TextContent.Contains(email)).QuerySelector("form")!.GetAttribute("action")!;
        Assert.EndsWith("/disable", action);
        await admin.PostFormAsync(page, action);

        var again = new Browserless(app.ServerAddress);
        var refused = await again.SubmitAsync("/account/sign-in", "sign-in", new() { ["Input.Identifier"] = email, ["Input.Password"] = "Staff-Pass-123" });
        Assert.Contains("Тіркелгіні әкімші бұғаттаған.", refused.Text);
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync())
            Assert.Equal(BlazorRegistry.Core.Audit.AuditAction.DisabledAccount,
                (await db.AuditEntries.SingleAsync(a => a.SubjectUserId == db.Users.Single(u => u.Email == email).Id && a.Action != BlazorRegistry.Core.Audit.AuditAction.CreatedAccount)).Action);
        // The session already open ends too, at the next check of its security stamp (every minute).
        app.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.StartsWith("/account/sign-in", (await staff.GetAsync("/inbox")).Url);
    }

    [Fact]
    public async Task AnAdministratorResetsAnotherStaffMembersSecondFactorAndItIsAudited()
    {
        var admin = await SignedInAsync(DemoAdmin, DemoPassword);
        var staff = await AppAccounts.CreateAsync(app, BlazorRegistry.Core.Accounts.Roles.Observer);
        var page = await admin.GetAsync($"/admin/users?q={Uri.EscapeDataString(staff.Email!)}");
        var action = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.Html).QuerySelectorAll("tr")
            .Single(tr => tr.TextContent.Contains(staff.Email!)).QuerySelectorAll("form")
            .Select(f => f.GetAttribute("action")!).Single(a => a.EndsWith("/reset-second-factor"));
        await admin.PostFormAsync(page, action);

        // The next sign-in enrols a new authenticator.
        var visitor = new Browserless(app.ServerAddress);
        var next = await visitor.SubmitAsync("/account/sign-in", "sign-in", new() { ["Input.Identifier"] = staff.Email!, ["Input.Password"] = AppAccounts.Password });
        Assert.Contains("enrol-authenticator", next.Html);

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var entry = await db.AuditEntries.SingleAsync(a => a.SubjectUserId == staff.Id);
        Assert.Equal(BlazorRegistry.Core.Audit.AuditAction.ResetSecondFactor, entry.Action);
        Assert.Equal((await db.Users.SingleAsync(u => u.Email == DemoAdmin)).Id, entry.ActorId);
    }

    [Fact]
    public async Task AnApplicantGetsTheNoAccessPageNotAnError()
    {
        var visitor = new Browserless(app.ServerAddress, "ru-RU");
        var email = $"applicant-{Guid.NewGuid():N}@example.kz";
        var confirm = await visitor.SubmitAsync("/account/sign-up", "sign-up", new() { ["Input.Channel"] = "email", ["Input.Identifier"] = email });
        var code = Browserless.CodeIn((await app.Smtp.WaitForMessageAsync(email)).TextBody);
        await visitor.SubmitAsync(confirm, "confirm", new()
        {
            ["Input.Code"] = code, ["Input.Password"] = "Strong-Pass-1", ["Input.ConfirmPassword"] = "Strong-Pass-1",
        });

        var denied = await visitor.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Forbidden, denied.Status);
        Assert.Contains("Нет доступа", denied.Text);
        Assert.Contains("недоступна для вашей роли", denied.Text);
    }

    [Fact]
    public async Task TheSmsOutboxPageListsMessagesInDevelopment()
    {
        var page = await new Browserless(app.ServerAddress).GetAsync("/dev/sms");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("SMS шығыс жәшігі", page.Text);
    }
}

/// <summary>A factory whose account pages allow only three posts a minute per address.</summary>
public sealed class StrictRateLimitAppFactory : RegistryAppFactory
{
    protected override int AccountPostsPerMinute => 3;
}

public class AccountRateLimit(StrictRateLimitAppFactory app) : IClassFixture<StrictRateLimitAppFactory>
{
    [Fact]
    public async Task TheFourthPostInAMinuteIsRefusedPolitely()
    {
        var visitor = new Browserless(app.ServerAddress);
        for (var i = 0; i < 3; i++)
        {
            var page = await visitor.SubmitAsync("/account/sign-in", "sign-in", new() { ["Input.Identifier"] = "x@example.kz", ["Input.Password"] = "Wrong-1" });
            Assert.Equal(HttpStatusCode.OK, page.Status);
        }
        var refused = await visitor.SubmitAsync("/account/sign-in", "sign-in", new() { ["Input.Identifier"] = "x@example.kz", ["Input.Password"] = "Wrong-1" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Contains("Сұраныстар тым көп", refused.Html);
        // Reading pages is not limited.
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/account/sign-in")).Status);
    }

    [Fact]
    public async Task TheLimitHoldsAcrossCaseAndTrailingSlashVariantsOfThePath()
    {
        var visitor = new Browserless(app.ServerAddress, "ru-RU");
        var form = await visitor.GetAsync("/account/forgot-password");
        string[] variants = ["/account/forgot-password", "/account/Forgot-Password", "/ACCOUNT/FORGOT-PASSWORD/"];
        foreach (var path in variants)
        {
            var page = await visitor.SubmitAsync(form with { Url = path }, "forgot-password", new() { ["Input.Identifier"] = "x@example.kz" });
            Assert.NotEqual(HttpStatusCode.TooManyRequests, page.Status);
        }
        var refused = await visitor.SubmitAsync(form with { Url = "/account/forgot-password/" }, "forgot-password", new() { ["Input.Identifier"] = "x@example.kz" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.True(int.Parse(refused.Headers!.GetValues("Retry-After").Single()) is > 0 and <= 60);
        Assert.Contains("<html lang=\"ru\">", refused.Html);
        Assert.Contains("Слишком много запросов", refused.Html);
    }

    [Fact]
    public async Task TheConfirmPageIsLimitedForReadingToo()
    {
        var visitor = new Browserless(app.ServerAddress);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/account/confirm?for=user{i}%40example.kz")).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await visitor.GetAsync("/Account/Confirm/?for=other%40example.kz")).Status);
        // Without configured proxies a forwarded address is not believed: nobody picks a fresh bucket.
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/confirm?for=x%40example.kz");
        request.Headers.Add("X-Forwarded-For", "203.0.113.99");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(request)).StatusCode);
    }
}

/// <summary>Behind a reverse proxy at 127.0.0.1 (configured), each visitor's forwarded address has its own bucket.</summary>
public sealed class BehindProxyAppFactory : RegistryAppFactory
{
    protected override int AccountPostsPerMinute => 2;

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Registry:ForwardedHeaders:KnownProxies:0", "127.0.0.1");
    }
}

public class AccountRateLimitBehindProxy(BehindProxyAppFactory app) : IClassFixture<BehindProxyAppFactory>
{
    private async Task<HttpStatusCode> ConfirmPageAsync(string? forwardedFor)
    {
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/confirm?for=x%40example.kz");
        if (forwardedFor is not null)
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await client.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task EachForwardedClientAddressHasItsOwnBucket()
    {
        Assert.Equal(HttpStatusCode.OK, await ConfirmPageAsync("203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await ConfirmPageAsync("203.0.113.7"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await ConfirmPageAsync("203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await ConfirmPageAsync("198.51.100.9"));
    }
}

/// <summary>Its own app, so the sign-ins of the other limit tests have not used this address's buckets.</summary>
public class EntryRateLimit(StrictRateLimitAppFactory app) : IClassFixture<StrictRateLimitAppFactory>
{
    [Fact]
    public async Task ASpecialistFloodingTheirEntryWithConsentChangesIsRefusedAfterTheLimit()
    {
        var user = await AppAccounts.CreateAsync(app, Roles.Applicant);
        await Registered.CreateAsync(app.Services, user.Id, "Тасқынова", "Әсем", new Consent(true));
        using var specialist = await AppAccounts.SignInAsync(app, user);
        for (var i = 0; i < 3; i++)
        {
            var page = await specialist.GetAsync("/my-entry");
            var saved = await specialist.SubmitAsync(page, "consent", new() { ["Consent.Publish"] = i % 2 == 0 ? "false" : "true" });
            Assert.Equal(HttpStatusCode.OK, saved.Status);
        }
        var last = await specialist.GetAsync("/my-entry");
        var refused = await specialist.SubmitAsync(last, "consent", new() { ["Consent.Publish"] = "false" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var entry = await db.RegisterEntries.SingleAsync(e => e.ApplicantId == user.Id);
        Assert.Equal(4, await db.RegisterEntryVersions.CountAsync(v => v.EntryId == entry.Id));   // included + three changes
        Assert.Equal(HttpStatusCode.OK, (await specialist.GetAsync("/my-entry")).Status);        // reading is never limited
    }
}
