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

    [Fact]
    public async Task ASubmissionAppearsLiveAndTheReturnReachesTheApplicantInTheirLanguage()
    {
        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator);
        await using var adminContext = await browser.Browser.NewContextAsync(new() { BaseURL = app.ServerAddress.ToString() });
        var board = await adminContext.NewPageAsync();
        await SignInAsync(board, admin.Email!);
        await board.GotoAsync("/review");
        await BrowserFixture.WaitUntilInteractiveAsync(board);
        await Assertions.Expect(board.GetByTestId("live")).ToContainTextAsync("Тікелей жаңартылады");

        var (applicant, id, number) = await SubmitElsewhereAsync("ru", "Жақсылықов");

        // No reload: the row arrives through the live connection.
        await Assertions.Expect(board.Locator($"tr[data-application='{id}']")).ToContainTextAsync(number, new() { Timeout = 5_000 });
        await Assertions.Expect(board.GetByText($"Жаңа өтініш: {number}")).ToBeVisibleAsync();

        await board.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
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
}
