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

/// <summary>The live board in bUnit over a real database; events come from Core's own services.</summary>
public class BoardRender : BunitContext, IAsyncLifetime
{
    private TestDatabase db = null!;

    public async ValueTask InitializeAsync()
    {
        db = await TestDatabase.CreateAsync();
        Services.AddMudServices(o => o.SnackbarConfiguration.ShowTransitionDuration = 0);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddLocalizationInterceptor<MudTextsInterceptor>(); // MudBlazor's own texts in kk/ru, as the app wires them
        Services.AddScoped<ErrorMessages>();
        Services.AddSingleton(db.Get<ReviewQueue>());
        Services.AddSingleton(db.Get<ReferenceDataProvider>());
        Services.AddSingleton(db.Get<BlazorRegistry.Core.Organisations.OrganisationService>());
        Services.AddSingleton(db.Get<CalendarProvider>());
        Services.AddSingleton<IApplicationEvents>(db.Events);
        Services.AddSingleton<TimeProvider>(db.Time);
        var scope = db.Services.CreateScope();
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<AccountService>());
        var auth = AddAuthorization();
        auth.SetAuthorized("admin@registry.kz");
        auth.SetRoles(Roles.Administrator);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "admin-1"));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Render<MudPopoverProvider>();
    }

    private IRenderedComponent<Board> RenderBoard(string culture)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var board = Render<Board>();
        board.WaitForState(() => board.FindAll("[data-testid=board], [data-testid=board-empty]").Count == 1, TimeSpan.FromSeconds(5));
        return board;
    }

    private void SetToday(int month, int day) =>
        db.Time.SetUtcNow(new DateTimeOffset(2026, month, day, 5, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AdministratorsAreWarnedFromNovemberWhenNextYearsDaysOffAreMissing()
    {
        // The seeded calendar ends with 2027.
        db.Time.SetUtcNow(new DateTimeOffset(2027, 10, 31, 5, 0, 0, TimeSpan.Zero));
        Assert.Empty(RenderBoard("kk-KZ").FindAll("[data-testid=calendar-missing]"));
        db.Time.SetUtcNow(new DateTimeOffset(2027, 11, 2, 5, 0, 0, TimeSpan.Zero));
        Assert.StartsWith("В календаре нет выходных и праздничных дней 2028 года",
            RenderBoard("ru-RU").Find("[data-testid=calendar-missing]").TextContent.Trim());
    }

    [Fact]
    public async Task HighlightsOneDayLeftAndMarksOverdueInRed()
    {
        var early = await ApplicationServiceDrafts.SeedSubmittedAsync(db, "a1", "Сейтқали", "Нұрлан"); // 18 March: deadline 30 March
        SetToday(3, 27);
        var late = await ApplicationServiceDrafts.SeedSubmittedAsync(db, "a2", "Иванова", "Анна");     // 27 March: deadline 3 April

        var board = RenderBoard("kk-KZ");
        Assert.Equal("due", board.Find($"tr[data-application='{early}'] [data-deadline]").GetAttribute("data-deadline"));
        Assert.Contains("1 жұмыс күні қалды", board.Find($"tr[data-application='{early}']").TextContent);
        Assert.Equal("ok", board.Find($"tr[data-application='{late}'] [data-deadline]").GetAttribute("data-deadline"));
        // Sorted by deadline: the one due first is on top.
        Assert.Equal(early.ToString(), board.FindAll("tbody tr")[0].GetAttribute("data-application"));

        SetToday(3, 31);
        var later = RenderBoard("ru-RU");
        Assert.Equal("overdue", later.Find($"tr[data-application='{early}'] [data-deadline]").GetAttribute("data-deadline"));
        Assert.Contains("просрочено рабочих дней: 1", later.Find($"tr[data-application='{early}']").TextContent);
    }

    [Fact]
    public async Task ASubmissionElsewhereAppearsWithoutReload()
    {
        await ApplicationServiceDrafts.SeedSubmittedAsync(db, "a1", "Сейтқали", "Нұрлан");
        var board = RenderBoard("kk-KZ");
        Assert.Single(board.FindAll("tbody tr"));
        Assert.Empty(board.FindAll("[data-testid=board-notices] p"));

        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(db, "a2", "Иванова", "Анна");

        board.WaitForAssertion(() => Assert.Equal(2, board.FindAll("tbody tr").Count), TimeSpan.FromSeconds(5));
        Assert.Contains("Иванова Анна", board.Markup);
        // Said in the board's live region, which a screen reader reads out, with the time in Kazakhstan.
        var notice = Assert.Single(board.FindAll("[data-testid=board-notices] p"));
        Assert.Contains($"Жаңа өтініш: RS-2026-{id:D6}", notice.TextContent);
        Assert.Contains("registry-board-notice-new", notice.ClassName);
        Assert.Equal(KazakhstanTime.ToLocal(db.Time.GetUtcNow().UtcDateTime).ToString("HH:mm", CultureInfo.InvariantCulture),
            notice.QuerySelector("time")!.TextContent);
        var region = board.Find("[data-testid=board-notices]");
        Assert.Equal(("log", "polite", "additions"), (region.GetAttribute("role"), region.GetAttribute("aria-live"), region.GetAttribute("aria-relevant")));
        // No pop-up of MudBlazor's: twenty boards rendered each one's timers and transitions again and again (issue #21).
        Assert.Empty(Services.GetRequiredService<ISnackbar>().ShownSnackbars);
    }

    [Fact]
    public async Task ANoticeNamesTheColleagueWhoActedButNotTheApplicantWhoSubmitted()
    {
        var users = db.Services.CreateScope().ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
        Assert.True((await users.CreateAsync(new RegistryUser { Id = "a2", UserName = "aliya@mail.kz", Email = "aliya@mail.kz" })).Succeeded);
        Assert.True((await users.CreateAsync(new RegistryUser { Id = "admin-2", UserName = "aigul.admin" })).Succeeded);
        var board = RenderBoard("kk-KZ");

        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(db, "a2", "Иванова", "Анна");
        board.WaitForAssertion(() => Assert.Single(board.FindAll("[data-testid=board-notices] p")), TimeSpan.FromSeconds(5));
        Assert.DoesNotContain("aliya@mail.kz", board.Find("[data-testid=board-notices]").TextContent);

        Assert.True((await db.Get<ReviewService>().ClaimAsync(id, "admin-2")).Succeeded);
        board.WaitForAssertion(() => Assert.Equal(2, board.FindAll("[data-testid=board-notices] p").Count), TimeSpan.FromSeconds(5));
        Assert.Contains("(aigul.admin)", board.FindAll("[data-testid=board-notices] p")[0].TextContent);
    }

    [Fact]
    public async Task AnEventRendersTheRowsItChangedAndLeavesTheOthersAsTheyWere()
    {
        var first = await ApplicationServiceDrafts.SeedSubmittedAsync(db, "a1", "Сейтқали", "Нұрлан");
        var second = await ApplicationServiceDrafts.SeedSubmittedAsync(db, "a2", "Иванова", "Анна");
        var board = RenderBoard("kk-KZ");
        Dictionary<int, IRenderedComponent<BoardRowView>> Rows() => board.FindComponents<BoardRowView>().ToDictionary(r => r.Instance.Row.Id);
        Assert.All(Rows().Values, r => Assert.Equal(1, r.RenderCount));

        // A new submission: its row appears, marked as the last event's; the two standing rows are not rendered again.
        var third = await ApplicationServiceDrafts.SeedSubmittedAsync(db, "a3", "Қасымова", "Айгүл");
        board.WaitForAssertion(() => Assert.Equal(3, Rows().Count), TimeSpan.FromSeconds(5));
        Assert.Equal((1, 1), (Rows()[first].RenderCount, Rows()[second].RenderCount));
        Assert.Contains("registry-row-new", board.Find($"tr[data-application='{third}']").ClassName);

        // The first is taken into review and leaves the tab; the second still stands as it was rendered.
        Assert.True((await db.Get<ReviewService>().ClaimAsync(first, "admin-2")).Succeeded);
        board.WaitForAssertion(() => Assert.False(Rows().ContainsKey(first)), TimeSpan.FromSeconds(5));
        Assert.Equal(1, Rows()[second].RenderCount);
        // The mark stays with the last event only: the third's row is no longer the one.
        Assert.DoesNotContain("registry-row-new", board.Find($"tr[data-application='{third}']").ClassName);
        Assert.Equal(2, board.FindAll("tbody tr").Count);
    }

    [Fact]
    public async Task AnOrganisationVerifiedWhileTheBoardIsOpenIsNamedBesideItsApplication()
    {
        // The board reads the verified organisations once (not on every event while there is none, issue #21) and again
        // only when a row names one it does not know.
        var filed = await ApplicationServiceDrafts.SeedSubmittedAsync(db, "a1", "Сейтқали", "Нұрлан");
        var board = RenderBoard("kk-KZ");
        Assert.Empty(board.FindAll("[data-testid=filed-by]"));

        var organisations = db.Get<BlazorRegistry.Core.Organisations.OrganisationService>();
        var sent = await TestOrganisations.SentForVerificationAsync(db.Services, "clerk-1", TestBins.Next(),
            BlazorRegistry.Tests.Core.Organisations.OrganisationRules.CompleteDetails);
        Assert.True((await organisations.VerifyAsync(sent.Id, "admin-1")).Succeeded);
        // The first application as if that organisation had filed it (the filing itself is OnBehalfApplications' to test).
        await using (var context = db.NewContext())
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlAsync(context.Database,
                $"UPDATE \"Applications\" SET \"OrganisationId\" = {sent.Id} WHERE \"Id\" = {filed}");
        await ApplicationServiceDrafts.SeedSubmittedAsync(db, "a2", "Иванова", "Анна");

        board.WaitForAssertion(() => Assert.Contains(sent.Bin, Assert.Single(board.FindAll("[data-testid=filed-by]")).TextContent),
            TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task ARussianViewerStaysRussianWhenAKazakhAdministratorActs()
    {
        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(db, "a1", "Сейтқали", "Нұрлан");
        var board = RenderBoard("ru-RU");

        // Another administrator, working in Kazakh, claims it: the event is published on that thread, in that culture.
        await Task.Run(async () =>
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("kk-KZ");
            await db.Get<ReviewService>().ClaimAsync(id, "admin-2");
        });

        board.WaitForAssertion(() => Assert.Empty(board.FindAll("tbody tr")), TimeSpan.FromSeconds(5));
        Assert.Contains("На рассмотрении (1)", board.Markup);
        Assert.DoesNotContain("Қаралуда", board.Markup);
        var notice = Assert.Single(board.FindAll("[data-testid=board-notices] p"));
        Assert.Contains($"Заявка RS-2026-{id:D6} принята на рассмотрение", notice.TextContent);
        Assert.DoesNotContain("registry-board-notice-new", notice.ClassName);
    }

    [Fact]
    public async Task TheTabsGoingAwayAsTheBoardClosesIsNoChoiceOfTab()
    {
        await ApplicationServiceDrafts.SeedSubmittedAsync(db, "a1", "Сейтқали", "Нұрлан");
        var board = RenderBoard("kk-KZ");
        board.WaitForAssertion(() => Assert.Single(board.FindAll("tbody tr")), TimeSpan.FromSeconds(5));
        var tabs = board.FindComponent<MudTabs>();

        // MudTabs reports -1 when its panels are removed (the circuit closing); that used to query a state that does not exist.
        await board.InvokeAsync(() => tabs.Instance.ActivePanelIndexChanged.InvokeAsync(-1));

        Assert.Single(board.FindAll("tbody tr")); // still the "new" tab's row, and no exception
    }

    [Fact]
    public async Task KeepsTheViewersFiltersOnAnUpdate()
    {
        await ApplicationServiceDrafts.SeedSubmittedAsync(db, "a1", "Сейтқали", "Нұрлан");
        await ApplicationServiceDrafts.SeedSubmittedAsync(db, "a2", "Иванова", "Анна");
        var board = RenderBoard("kk-KZ");
        Assert.Equal(2, board.FindAll("tbody tr").Count);
        board.Find("#board-search").Input("нурлан");
        board.Find("#board-search").Blur();
        board.WaitForAssertion(() => Assert.Single(board.FindAll("tbody tr")), TimeSpan.FromSeconds(5));

        await ApplicationServiceDrafts.SeedSubmittedAsync(db, "a3", "Нұрланова", "Әсел");

        // The new one matches the viewer's search, so it shows; Анна stays filtered out.
        board.WaitForAssertion(() => Assert.Equal(2, board.FindAll("tbody tr").Count), TimeSpan.FromSeconds(5));
        Assert.DoesNotContain("Иванова", board.Find("tbody").TextContent);
    }

    [Fact]
    public async Task TheRegionListFiltersTheBoardAndItsEmptyChoiceClearsIt()
    {
        await ApplicationServiceDrafts.SeedSubmittedAsync(db, "a1", "Сейтқали", "Нұрлан"); // both in Astana (region 18)
        await ApplicationServiceDrafts.SeedSubmittedAsync(db, "a2", "Иванова", "Анна");
        var board = RenderBoard("ru-RU");
        // The browser's own list, named by its label, every region in the page's language.
        var region = board.Find("select#board-region");
        Assert.Equal("Область или город", board.Find("label[for=board-region]").TextContent.Trim());
        Assert.Contains(region.QuerySelectorAll("option"), o => o.GetAttribute("value") == "18" && o.TextContent.Contains("Астана"));

        region.Change("19");
        board.WaitForAssertion(() => Assert.Single(board.FindAll("[data-testid=board-empty]")), TimeSpan.FromSeconds(5));
        board.Find("select#board-region").Change("18");
        board.WaitForAssertion(() => Assert.Equal(2, board.FindAll("tbody tr").Count), TimeSpan.FromSeconds(5));
        board.Find("select#board-region").Change("");
        board.WaitForAssertion(() => Assert.Equal(2, board.FindAll("tbody tr").Count), TimeSpan.FromSeconds(5));
        Assert.Equal("", board.Find("select#board-region option:checked").GetAttribute("value"));
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        await db.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
