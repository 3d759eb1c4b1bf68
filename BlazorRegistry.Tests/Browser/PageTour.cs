using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BlazorRegistry.Tests.Browser;

/// <summary>
/// Every page of the product as each kind of visitor meets it, for the checks that must hold everywhere
/// (accessibility, phone layout) and for the screenshots in docs/.
/// </summary>
public static class PageTour
{
    public sealed record Stop(string Name, string Url, bool Interactive);

    /// <param name="PhoneOnly">Pages whose layout trips up on a phone only (long lists, narrow fields): not toured on the desktop, to keep the run short.</param>
    public sealed record Visitor(string Role, RegistryUser? User, IReadOnlyList<Stop> Stops, bool PhoneOnly = false);

    /// <summary>Creates the people and data the pages need, and lists the stops of each.</summary>
    public static async Task<IReadOnlyList<Visitor>> PrepareAsync(RegistryAppFactory app)
    {
        _ = app.ServerAddress;
        var number = await Registered.CreateAsync(app.Services, $"tour-{Guid.NewGuid():N}", "Сейтқали", "Нұрлан", new Consent(true, true, true, true));
        var applicant = await AppAccounts.CreateAsync(app, Roles.Applicant);
        await app.Services.GetRequiredService<ApplicationService>().GetOrStartDraftAsync(applicant.Id);
        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator);
        await FailedDeliveries.GaveUpAsync(app.Services, app.Time, admin.Id, "Өтінішіңіз RS-TOUR-1");
        var submitted = await Registered.SubmittedAsync(app.Services, (await AppAccounts.CreateAsync(app, Roles.Applicant)).Id, "Жақсылықова", "Әсел");
        var returnedApplicant = await AppAccounts.CreateAsync(app, Roles.Applicant);
        var returned = await Registered.SubmittedAsync(app.Services, returnedApplicant.Id, "Қайтарылған", "Әсел");
        var review = app.Services.GetRequiredService<BlazorRegistry.Core.Review.ReviewService>();
        await review.ClaimAsync(returned, admin.Id);
        await review.ReturnForRevisionAsync(returned, admin.Id, Enum.GetValues<BlazorRegistry.Core.Review.ReturnReason>(),
            "Соттылық туралы анықтаманың қолданылу мерзімі өткен, еңбек шартының көшірмесі оқылмайды: жаңаларын тіркеңіз.");
        var specialist = await AppAccounts.CreateAsync(app, Roles.Applicant);
        await Registered.CreateAsync(app.Services, specialist.Id, "Әбенова", "Гүлнар", new Consent(true, Contacts: true));
        var extract = (await app.Services.GetRequiredService<BlazorRegistry.Core.Register.EntryService>()
            .IssueExtractAsync(specialist.Id, BlazorRegistry.Core.Language.Kazakh))!.Value.Extract;
        var (clerk, organisationDraft) = await OrganisationsAsync(app, admin.Id);

        return
        [
            new("anonymous", null,
            [
                new("home", "/", true),
                new("register", "/register?q=" + Uri.EscapeDataString("нурлан"), false),
                new("register-empty", "/register?q=zzzz", false),
                new("register-entry", $"/register/{number}", false),
                new("verify-extract", $"/register/verify/{extract.Code}", false),
                new("sign-in", "/account/sign-in", false),
                new("sign-up", "/account/sign-up", false),
                new("forgot-password", "/account/forgot-password", false),
                new("confirm", "/account/confirm?for=" + Uri.EscapeDataString(applicant.Email!), false),
                new("reset-password", "/account/reset-password?for=" + Uri.EscapeDataString(applicant.Email!), false),
                new("not-found", "/no-such-page", false),
                new("specialist-link-spent", "/specialist/" + new string('0', 32), false),
                new("register-check", "/register/check", false),
                new("register-statistics", "/register/statistics", false),
            ]),
            new("applicant", applicant,
            [
                .. Enumerable.Range(1, 9).Select(step => new Stop($"apply-step-{step}", $"/apply/{step}", true)),
                new("my-application", "/my-application", true),
                new("inbox", "/inbox", false),
                new("access-denied", "/account/access-denied", false),
                new("organisation-start", "/organisation", true),
            ]),
            new("organisation", clerk,
            [
                new("organisation-returned", "/organisation", true),
                new("organisation-application-consent", $"/organisation/applications/{organisationDraft}/8", true),
                new("organisation-application-check", $"/organisation/applications/{organisationDraft}/9", true),
            ]),
            new("returned-applicant", returnedApplicant,
            [
                new("my-application-returned", "/my-application", true),
                new("apply-returned-step-4", "/apply/4", true),
            ], PhoneOnly: true),
            new("specialist", specialist,
            [
                new("my-entry", "/my-entry", false),
            ]),
            new("administrator", admin,
            [
                new("review-board", "/review", true),
                new("review-application", $"/review/{submitted}", true),
                new("verifications", "/review/organisations", false),
                new("statistics", "/statistics?from=2025-01-01", false),
                new("users", "/admin/users", false),
                new("deliveries", "/admin/deliveries", false),
                new("calendar", "/admin/calendar?year=2026", false),
                new("reference-professions", "/admin/reference?list=Professions&edit=4", false),
                new("reference-documents", "/admin/reference?list=DocumentKinds", false),
                new("audit", "/admin/audit", false),
                new("register-entry-staff", $"/register/{number}", false),
                new("sms-outbox", "/dev/sms", false),
            ]),
        ];
    }

    /// <summary>
    /// Two organisations: one returned with a comment (its page shows the details form, the comment and a draft for
    /// a specialist, filled but for the consent), one waiting for verification (the board's second tab shows it).
    /// </summary>
    private static async Task<(RegistryUser Clerk, int Draft)> OrganisationsAsync(RegistryAppFactory app, string adminId)
    {
        var organisations = app.Services.GetRequiredService<BlazorRegistry.Core.Organisations.OrganisationService>();
        async Task<(RegistryUser Clerk, BlazorRegistry.Core.Organisations.Organisation Sent)> SentAsync(string bin)
        {
            var clerk = await AppAccounts.CreateAsync(app, Roles.Applicant);
            return (clerk, await TestOrganisations.SentForVerificationAsync(app.Services, clerk.Id, bin, Core.Organisations.OrganisationRules.CompleteDetails));
        }
        var (returnedClerk, returned) = await SentAsync(TestBins.Next());
        await organisations.ReturnForChangesAsync(returned.Id, adminId, "Лицензияның көшірмесі оқылмайды: анық көшірмесін тіркеңіз.");
        await SentAsync(TestBins.Next());

        await using var scope = app.Services.CreateAsyncScope();
        var draft = (await scope.ServiceProvider.GetRequiredService<BlazorRegistry.Core.Organisations.SpecialistConfirmationService>()
            .StartApplicationAsync(returnedClerk.Id)).Value!;
        await using var db = await app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<BlazorRegistry.Core.Data.RegistryDbContext>>().CreateDbContextAsync();
        var tracked = await db.Applications.FindAsync(draft.Id);
        TestApplications.Fill(tracked!, "Оразова", "Мәдина", decideConsent: false);
        await db.SaveChangesAsync();
        return (returnedClerk, draft.Id);
    }

    public static async Task<IBrowserContext> ContextAsync(BrowserFixture browser, RegistryAppFactory app, Visitor visitor, string language, bool phone)
    {
        var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = app.ServerAddress.ToString(),
            ViewportSize = phone ? new() { Width = 390, Height = 844 } : new() { Width = 1280, Height = 900 },
            IsMobile = phone,
            HasTouch = phone,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/culture/{language}?returnUrl=%2F");
        if (visitor.User is { } user)
            await Journeys.SignInAsync(page, user.Email!, AppAccounts.Password, language);
        await page.CloseAsync();
        return context;
    }

    public static async Task<IPage> OpenAsync(IBrowserContext context, Stop stop)
    {
        var page = await context.NewPageAsync();
        await OpenAsync(page, stop);
        return page;
    }

    /// <summary>
    /// Goes to the stop in <paramref name="page"/> and waits until it has loaded (every script, style sheet
    /// and image) and, if it is live, until its circuit is up. Not "network idle": that adds half a second of
    /// silence to every page of the tours, minutes in all, and these pages fetch nothing after they load.
    /// </summary>
    public static async Task OpenAsync(IPage page, Stop stop)
    {
        await page.GotoAsync(stop.Url, new() { WaitUntil = WaitUntilState.Load });
        if (stop.Interactive)
            await BrowserFixture.WaitUntilInteractiveAsync(page);
        // Web fonts arrive after "load" in Chromium; the layout is measured with them.
        await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
    }
}
