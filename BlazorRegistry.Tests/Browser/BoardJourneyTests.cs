using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static BlazorRegistry.Tests.Browser.Journeys;

namespace BlazorRegistry.Tests.Browser;

public class BoardJourney(RegistryAppFactory app, BrowserFixture browser)
    : IClassFixture<RegistryAppFactory>, IClassFixture<BrowserFixture>
{
    /// <summary>Fills and submits an application through the app's own services, as another person's browser would.</summary>
    private async Task<(RegistryUser Applicant, int Id, string Number)> SubmitElsewhereAsync(string language, string surname)
    {
        var applicant = await AppAccounts.CreateAsync(app, Roles.Applicant, language: language);
        var id = await Registered.SubmittedAsync(app.Services, applicant.Id, surname, "Нұрлан");
        var application = await app.Services.GetRequiredService<ApplicationService>().LoadOwnAsync(id, applicant.Id);
        return (applicant, id, application!.ReferenceNumber!);
    }

    /// <summary>A new administrator signed in, on the board, its live connection up.</summary>
    private async Task<IPage> OpenLiveBoardAsync(IBrowserContext context)
    {
        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator);
        var board = await context.NewPageAsync();
        await SignInAsync(board, admin.Email!);
        await board.GotoAsync("/review");
        await BrowserFixture.WaitUntilInteractiveAsync(board);
        await Assertions.Expect(board.GetByTestId("live")).ToContainTextAsync("Тікелей жаңартылады");
        return board;
    }

    [Fact]
    public async Task ASubmissionAppearsLiveAndTheReturnReachesTheApplicantInTheirLanguage()
    {
        await using var adminContext = await browser.Browser.NewContextAsync(new() { BaseURL = app.ServerAddress.ToString() });
        var board = await OpenLiveBoardAsync(adminContext);

        var (applicant, id, number) = await SubmitElsewhereAsync("ru", "Жақсылықов");

        // No reload: the row arrives through the live connection.
        await Assertions.Expect(board.Locator($"tr[data-application='{id}']")).ToContainTextAsync(number, new() { Timeout = 5_000 });
        await Assertions.Expect(board.GetByText($"Жаңа өтініш: {number}")).ToBeVisibleAsync();

        await FollowAsync(board.GetByRole(AriaRole.Link, new() { Name = number }));
        await BrowserFixture.WaitUntilInteractiveAsync(board);
        await board.GetByRole(AriaRole.Button, new() { Name = "Қарауға алу" }).ClickAsync();
        await Assertions.Expect(board.GetByTestId("status")).ToHaveTextAsync("Қаралуда");
        await board.GetByRole(AriaRole.Button, new() { Name = "Пысықтауға қайтару" }).ClickAsync();
        await board.GetByText("R3 толық емес құжаттар топтамасын ұсыну").ClickAsync();
        await board.Locator("#decision-comment").FillAsync("Соттылық туралы анықтама ескірген");
        await board.GetByTestId("confirm-decision").ClickAsync();
        await Assertions.Expect(board.GetByTestId("status")).ToHaveTextAsync("Пысықтауға қайтарылды");
        await Assertions.Expect(board.GetByTestId("history")).ToContainTextAsync("R3");

        await using var applicantContext = await browser.Browser.NewContextAsync(new() { BaseURL = app.ServerAddress.ToString() });
        var status = await applicantContext.NewPageAsync();
        await status.GotoAsync("/culture/ru?returnUrl=%2F");
        await status.GotoAsync("/account/sign-in");
        await status.GetByLabel("Номер мобильного телефона или электронная почта").FillAsync(applicant.Email!);
        await status.GetByLabel("Пароль", new() { Exact = true }).FillAsync(AppAccounts.Password);
        await status.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
        await status.GotoAsync("/my-application");
        await Assertions.Expect(status.GetByTestId("return-notice"))
            .ToContainTextAsync("R3 предоставление неполного пакета документов и (или) истечение срока их действия");
        await Assertions.Expect(status.GetByTestId("return-notice")).ToContainTextAsync("Соттылық туралы анықтама ескірген");
    }

    [Fact]
    public async Task AHolidayMarkedOnTheCalendarMovesTheDeadlineOnAnOpenBoard()
    {
        await using var adminContext = await browser.Browser.NewContextAsync(new() { BaseURL = app.ServerAddress.ToString() });
        var board = await OpenLiveBoardAsync(adminContext);
        var (applicant, id, number) = await SubmitElsewhereAsync("kk", "Мерзімова");
        var row = board.Locator($"tr[data-application='{id}']");
        await Assertions.Expect(row).ToContainTextAsync(number, new() { Timeout = 5_000 });

        var kk = new System.Globalization.CultureInfo("kk-KZ");
        var before = (await app.Services.GetRequiredService<ApplicationService>().LoadOwnAsync(id, applicant.Id))!.DecisionDeadline!.Value;
        await Assertions.Expect(row).ToContainTextAsync(before.ToString("d", kk));
        // The first weekday after the receipt that is still a working day becomes a day off: one more day to decide.
        var calendar = await app.Services.GetRequiredService<BlazorRegistry.Core.Calendar.CalendarProvider>().GetAsync();
        var day = BlazorRegistry.Core.Calendar.KazakhstanTime.Today(app.Time).AddDays(1);
        while (!calendar.IsWorkingDay(day) || day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            day = day.AddDays(1);

        var calendarPage = await adminContext.NewPageAsync();
        await calendarPage.GotoAsync($"/admin/calendar?year={day.Year}");
        await calendarPage.Locator("#calendar-date").FillAsync(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await calendarPage.Locator("#calendar-kind").SelectOptionAsync("NonWorking");
        await calendarPage.Locator("#calendar-note").FillAsync("Үкімет қаулысы: қосымша демалыс күні");
        await calendarPage.GetByTestId("calendar-save").ClickAsync();
        await Assertions.Expect(calendarPage.GetByTestId("calendar-result")).ToBeVisibleAsync();

        // No reload on the board: the new deadline and a notice arrive through the live connection.
        var after = (await app.Services.GetRequiredService<ApplicationService>().LoadOwnAsync(id, applicant.Id))!.DecisionDeadline!.Value;
        Assert.True(after > before, $"{after} after {before}");
        await Assertions.Expect(row).ToContainTextAsync(after.ToString("d", kk), new() { Timeout = 5_000 });
        await Assertions.Expect(board.GetByText($"{number} өтінішінің шешім мерзімі күнтізбемен бірге жылжыды")).ToBeVisibleAsync();
        // Counted on the edited calendar: still five working days (one more day, one day fewer to count).
        await Assertions.Expect(row.Locator(".registry-deadline-left")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\s*5\D"));

        // And the application's history says so, on the review page.
        await FollowAsync(board.GetByRole(AriaRole.Link, new() { Name = number }));
        await Assertions.Expect(board.GetByTestId("history")).ToContainTextAsync(
            $"{before:yyyy-MM-dd} → {after:yyyy-MM-dd}");

        // Put the day back for the rest of this class's tests.
        await app.Services.GetRequiredService<BlazorRegistry.Core.Calendar.CalendarService>().SetDayAsync(new("test", null), day, null, null);
    }
}
