using BlazorRegistry.Core;
using Microsoft.AspNetCore.Http;
using BlazorRegistry.App.Security;
using BlazorRegistry.Core.Audit;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.ReferenceData;
using System.Globalization;
using System.Security.Claims;
using BlazorRegistry.App.Components.Pages.Review;
using BlazorRegistry.App.Localization;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Review;
using BlazorRegistry.Tests.Core.Applications;
using BlazorRegistry.Tests.Support;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace BlazorRegistry.Tests.Components.Review;

/// <summary>The review page of one application, for an administrator whose screen may be out of date.</summary>
public class ApplicationReviewRender : BunitContext, IAsyncLifetime
{
    private TestDatabase db = null!;
    private string me = "", other = "";
    private IRenderedComponent<MudDialogProvider> dialogs = null!;
    private Bunit.TestDoubles.BunitAuthorizationContext auth = null!;

    public async ValueTask InitializeAsync()
    {
        db = await TestDatabase.CreateAsync();
        var scope = db.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
        foreach (var name in new[] { "aigerim@enbek.kz", "daniyar@enbek.kz" })
            await users.CreateAsync(new RegistryUser { UserName = name, Email = name });
        me = (await users.FindByNameAsync("aigerim@enbek.kz"))!.Id;
        other = (await users.FindByNameAsync("daniyar@enbek.kz"))!.Id;

        Services.AddMudServices(o => o.SnackbarConfiguration.ShowTransitionDuration = 0);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddScoped<ErrorMessages>();
        Services.AddSingleton(db.Get<ReviewService>());
        Services.AddSingleton(db.Get<AuditLog>());
        Services.AddSingleton(new ClientAddress(new HttpContextAccessor()));
        Services.AddSingleton(db.Get<ReferenceDataProvider>());
        Services.AddSingleton(db.Get<BlazorRegistry.Core.Organisations.OrganisationService>());
        Services.AddSingleton(db.Get<CalendarProvider>());
        Services.AddSingleton<IApplicationEvents>(db.Events);
        Services.AddSingleton<TimeProvider>(db.Time);
        Services.AddSingleton(users);
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<AccountService>());
        auth = AddAuthorization();
        auth.SetAuthorized("aigerim@enbek.kz");
        auth.SetRoles(Roles.Administrator);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, me));
        Render<MudPopoverProvider>();
        dialogs = Render<MudDialogProvider>();
    }

    private IRenderedComponent<ApplicationReview> Open(int id, bool live, string culture = "kk-KZ")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        db.Events.SubscribersHear = live;
        var page = Render<ApplicationReview>(p => p.Add(r => r.Id, id));
        page.WaitForState(() => page.FindAll("[data-testid=status]").Count == 1, TimeSpan.FromSeconds(5));
        return page;
    }

    private static void Click(IRenderedComponent<ApplicationReview> page, string text) =>
        page.FindAll("button").First(b => b.TextContent.Contains(text)).Click();

    [Fact]
    public async Task TheSecondAdministratorIsToldWhoDecidedWhatAndThePageRefreshes()
    {
        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(db);
        await db.Get<ReviewService>().ClaimAsync(id, me);
        var page = Open(id, live: false); // a screen that did not hear what happened next

        // Meanwhile a colleague takes it over and registers it.
        await db.Get<ReviewService>().ClaimAsync(id, other, takeOver: true);
        await db.Get<ReviewService>().RegisterAsync(id, other);

        Click(page, "Тізілімге енгізу");
        dialogs.WaitForElement("[data-testid=confirm-decision]").Click();

        page.WaitForAssertion(() => Assert.Contains("daniyar@enbek.kz сізден бұрын әрекет етті: «Тізілімге енгізілді»", page.Find("[data-testid=notice]").TextContent));
        Assert.Equal("Тізілімге енгізілді", page.Find("[data-testid=status]").TextContent.Trim());
        Assert.Single((await db.Get<ReviewService>().ReloadAsync(id))!.History, h => h.Action == HistoryAction.Registered);
    }

    [Fact]
    public async Task AReturnNeedsAReasonAndACommentBeforeItIsSent()
    {
        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(db);
        await db.Get<ReviewService>().ClaimAsync(id, me);
        var page = Open(id, live: false, "ru-RU");

        Click(page, "Вернуть на доработку");
        dialogs.WaitForElement("[data-testid=confirm-decision]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Выберите хотя бы одну причину возврата.", dialogs.Markup));
        Assert.Contains("R3 предоставление неполного пакета документов", dialogs.Markup); // the Order's own wording
        Assert.Equal(ApplicationStatus.InReview, (await db.Get<ReviewService>().ReloadAsync(id))!.Status);
    }

    [Fact]
    public async Task TheAdministratorSeesWhichLanguageTheApplicantReadsBesideTheNameAndAtTheComment()
    {
        var users = db.Services.CreateScope().ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
        var applicant = new RegistryUser { UserName = "+77015550001", PhoneNumber = "+77015550001", PreferredLanguage = Language.Russian };
        await users.CreateAsync(applicant);
        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(db, applicant.Id);
        await db.Get<ReviewService>().ClaimAsync(id, me);
        var page = Open(id, live: false); // the administrator works in Kazakh

        Assert.Equal("Хабарлама тілі: орыс тілі", page.Find("[data-testid=applicant-language]").TextContent.Trim());
        Click(page, "Пысықтауға қайтару");
        dialogs.WaitForAssertion(() => Assert.Contains("Өтініш беруші хабарламаларды орыс тілінде алады", dialogs.Markup));
    }

    [Fact]
    public async Task ASecondAccountsApplicationWithARegisteredIinIsFlaggedAndCannotBeRegistered()
    {
        const string iin = "900515300018";
        var first = await BlazorRegistry.Tests.Core.Review.OneEntryPerIin.SubmittedWithIinAsync(db, "phone-1", "Сейтқали", iin);
        await db.Get<ReviewService>().ClaimAsync(first, other);
        var number = (await db.Get<ReviewService>().RegisterAsync(first, other)).Value!.ReferenceNumber;
        var second = await BlazorRegistry.Tests.Core.Review.OneEntryPerIin.SubmittedWithIinAsync(db, "phone-2", "Сейтқали", iin);
        await db.Get<ReviewService>().ClaimAsync(second, me);

        var page = Open(second, live: false);
        var warning = page.Find("[data-testid=same-iin]");
        Assert.Contains($"тізілімдегі {number} жазбасы", warning.TextContent);
        Assert.Equal($"/review/{first}", warning.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(iin, page.Markup); // staff see the IIN in the personal data

        Click(page, "Тізілімге енгізу");
        dialogs.WaitForElement("[data-testid=confirm-decision]").Click();
        page.WaitForAssertion(() => Assert.Contains("Бір адамның тізілімде тек бір жазбасы болуы мүмкін", page.Find("[data-testid=notice]").TextContent));
        Assert.Equal(ApplicationStatus.InReview, (await db.Get<ReviewService>().ReloadAsync(second))!.Status);

        // An application whose IIN nobody else has carries no warning.
        var alone = await ApplicationServiceDrafts.SeedSubmittedAsync(db, "phone-3", "Омаров");
        Assert.Empty(Open(alone, live: false).FindAll("[data-testid=same-iin]"));
    }

    [Fact]
    public async Task ALiveScreenShowsAColleaguesClaimAsItHappens()
    {
        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(db);
        var page = Open(id, live: true);
        Assert.Contains("Қарауға алу", page.Markup);

        await db.Get<ReviewService>().ClaimAsync(id, other);

        page.WaitForAssertion(() => Assert.Contains("daniyar@enbek.kz", page.Find("[data-testid=notice]").TextContent), TimeSpan.FromSeconds(5));
        Assert.Contains("Қарап жатқан: daniyar@enbek.kz", page.Find("[data-testid=holder]").TextContent);
        Assert.Contains("Қарауды өзіме алу", page.Markup);
    }

    [Fact]
    public async Task AnObserverSeesEverythingButCannotAct()
    {
        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(db);
        auth.SetRoles(Roles.Observer);
        var page = Open(id, live: false);
        Assert.Contains("Сейтқали Нұрлан Әлиұлы", page.Markup);
        Assert.DoesNotContain("Қарауға алу", page.Markup);
        Assert.Empty(page.FindAll(".registry-decisions button"));
        Assert.Contains("Дербес деректерді ашты", page.Find("[data-testid=history]").TextContent); // observers' views are audited too
    }

    [Fact]
    public async Task OpeningThePageIsAuditedAndShownInTheHistory()
    {
        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(db);
        var page = Open(id, live: false);
        Assert.Contains("Дербес деректерді ашты — aigerim@enbek.kz", page.Find("[data-testid=history]").TextContent);
        var entry = Assert.Single(await db.Get<AuditLog>().OfApplicationAsync(id));
        Assert.Equal((me, AuditAction.OpenedPersonalData), (entry.ActorId, entry.Action));
    }

    [Fact]
    public async Task ThePrerenderedPageCarriesNoPersonalDataAndIsNotAudited()
    {
        // Prerendering and the live page are two renders of one view: only the live one loads the data,
        // so a view is audited once and no HTML copy of the data is made without an audit line.
        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(db);
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        var page = Render<ApplicationReview>(p => p.Add(r => r.Id, id));
        Assert.DoesNotContain("Сейтқали", page.Markup);
        Assert.Empty(await db.Get<AuditLog>().OfApplicationAsync(id));
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        await db.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
