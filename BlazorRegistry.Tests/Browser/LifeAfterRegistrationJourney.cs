using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Tests.Support;
using Microsoft.Playwright;
using static BlazorRegistry.Tests.Browser.Journeys;

namespace BlazorRegistry.Tests.Browser;

/// <summary>A registered specialist amends their entry, withdraws consent; an administrator excludes another (issue #15).</summary>
public class LifeAfterRegistrationJourney(RegistryAppFactory app, BrowserFixture browser)
    : IClassFixture<RegistryAppFactory>, IClassFixture<BrowserFixture>
{
    private Task<IBrowserContext> NewContextAsync() => browser.Browser.NewContextAsync(new()
    {
        BaseURL = app.ServerAddress.ToString(),
        ViewportSize = new() { Width = 1280, Height = 900 },
    });

    [Fact]
    public async Task AnAmendmentIsReturnedFixedAndRegisteredThenConsentIsWithdrawnAndAnotherEntryIsExcluded()
    {
        var specialist = await AppAccounts.CreateAsync(app, Roles.Applicant);
        var number = await Registered.CreateAsync(app.Services, specialist.Id, "Өзгертова", "Айгерім", new Consent(true, Contacts: true));
        var other = await AppAccounts.CreateAsync(app, Roles.Applicant);
        var otherNumber = await Registered.CreateAsync(app.Services, other.Id, "Шығарылған", "Бақыт", new Consent(true));
        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator, language: "ru");

        await using var adminContext = await NewContextAsync();
        var board = await adminContext.NewPageAsync();
        await board.GotoAsync("/culture/ru?returnUrl=%2F");
        await SignInAsync(board, admin.Email!, AppAccounts.Password, "ru");
        await board.GotoAsync("/review");
        await BrowserFixture.WaitUntilInteractiveAsync(board);

        await using var visitorContext = await NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();

        // 1. "Change my details" opens the wizard on the registered data; a new job and a higher category.
        await using var specialistContext = await NewContextAsync();
        var page = await specialistContext.NewPageAsync();
        await SignInAsync(page, specialist.Email!);
        await page.GotoAsync("/my-entry");
        await Assertions.Expect(page.GetByTestId("entry-number")).ToHaveTextAsync(number);
        await page.GetByTestId("amend").ClickAsync();
        await ArrivedAtAsync(page, "/apply$");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("amendment")).ToBeVisibleAsync();

        await OpenStepAsync(page, 5);
        await Assertions.Expect(page.GetByTestId("employment-record")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Жұмыс орнын қосу" }).ClickAsync();
        var job = page.GetByTestId("employment-record").Nth(1);
        await job.GetByLabel("Ұйымның атауы").FillAsync("«Шапағат» орталығы");
        await job.GetByLabel("БСН").FillAsync("051150004567");
        await job.GetByLabel("Лауазымы", new() { Exact = true }).FillAsync("Әлеуметтік қызметкер");
        await job.GetByLabel("Штаттық лауазымы").FillAsync("Әлеуметтік қызметкер");
        await job.GetByLabel("Басталған күні").FillAsync("2026-01-05");
        await job.GetByText("Қазір осында жұмыс істеймін").ClickAsync();
        await UploadAsync(page, "employment-upload-1", "contract-new.pdf", Pdf);
        await Assertions.Expect(page.GetByTestId("employment-upload-1").GetByRole(AriaRole.Link)).ToBeVisibleAsync();
        await WaitSavedAsync(page);

        await OpenStepAsync(page, 6);
        await page.GetByRole(AriaRole.Button, new() { Name = "Санат қосу" }).ClickAsync();
        var category = page.GetByTestId("qualification-record").Nth(1);
        await ChooseAsync(page, category, "Біліктілік санаты", "Жоғары санат");
        await category.GetByLabel("Берілген күні").FillAsync("2026-02-02");
        await category.GetByLabel("Аттестаттау комиссиясы (уәкілетті органның атауы)").FillAsync("Астана қаласы әкімдігінің аттестаттау комиссиясы");
        await UploadAsync(page, "qualification-upload-1", "category-higher.pdf", Pdf);
        await Assertions.Expect(page.GetByTestId("qualification-upload-1").GetByRole(AriaRole.Link)).ToBeVisibleAsync();
        await WaitSavedAsync(page);
        var amendment = await WizardSteps.SubmitAsync(page);
        Assert.NotEqual(number, amendment);

        // The public entry keeps the registered version meanwhile.
        await visitor.GotoAsync($"/register/{number}");
        await Assertions.Expect(visitor.Locator("h1")).ToContainTextAsync("Өзгертова");
        await Assertions.Expect(visitor.GetByText("«Шапағат» орталығы")).ToHaveCountAsync(0);

        // 2. The board marks it as an amendment and shows what changed; returned with R3.
        await Assertions.Expect(board.GetByTestId("amendment").First).ToBeVisibleAsync(new() { Timeout = 5_000 });
        await board.GetByRole(AriaRole.Link, new() { Name = amendment }).ClickAsync();
        await BrowserFixture.WaitUntilInteractiveAsync(board);
        await Assertions.Expect(board.Locator("[data-section='Employment'] [data-testid=changed]")).ToBeVisibleAsync();
        await Assertions.Expect(board.Locator("[data-section='Qualification'] [data-testid=changed]")).ToBeVisibleAsync();
        await Assertions.Expect(board.Locator("[data-section='Personal'] [data-testid=changed]")).ToHaveCountAsync(0);
        await board.GotoAsync("/review");
        await BrowserFixture.WaitUntilInteractiveAsync(board);
        await DecideFromBoardAsync(board, amendment, "Взять на рассмотрение", "Вернуть на доработку",
            ["R3 предоставление неполного пакета документов"], "Приложите новую справку о несудимости", "Возвращена на доработку");

        // 3. Fixed and resubmitted; registered; only now does the public entry change.
        await page.GotoAsync("/my-application");
        await Assertions.Expect(page.GetByTestId("return-notice")).ToContainTextAsync("Приложите новую справку о несудимости");
        await OpenStepAsync(page, 7);
        await UploadAsync(page, "document-upload-criminal-record", "certificate-2027.pdf", Pdf);
        await page.GetByTestId("document-criminal-record").GetByLabel("Қолданылу мерзімі").FillAsync("2027-11-30");
        await WaitSavedAsync(page);
        await WizardSteps.SubmitAsync(page, "Түзетілген өтінішті қайта жіберу");

        await board.GotoAsync("/review");
        await BrowserFixture.WaitUntilInteractiveAsync(board);
        await board.GetByRole(AriaRole.Link, new() { Name = amendment }).ClickAsync();
        await BrowserFixture.WaitUntilInteractiveAsync(board);
        await board.GetByRole(AriaRole.Button, new() { Name = "Взять на рассмотрение" }).ClickAsync();
        await board.GetByRole(AriaRole.Button, new() { Name = "Включить в реестр" }).ClickAsync();
        await board.GetByTestId("confirm-decision").ClickAsync();
        await Assertions.Expect(board.GetByTestId("status")).ToHaveTextAsync("Включена в реестр");

        await visitor.GotoAsync($"/register/{number}");
        await Assertions.Expect(visitor.GetByText("«Шапағат» орталығы", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByText("Жоғары санат", new() { Exact = false })).ToBeVisibleAsync();

        // 4. Consent withdrawn on /my-entry: the public search no longer finds her, in Kazakh or Russian.
        await page.GotoAsync("/my-entry");
        await Assertions.Expect(page.GetByTestId("entry-history")).ToContainTextAsync("Өзгерістер тіркелді");
        await page.GetByTestId("consent").GetByText("Жоқ, жарияламаңыз").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Келісімді сақтау" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("public-view")).ToContainTextAsync("көрсетілмейді");
        foreach (var language in new[] { "kk", "ru" })
        {
            await visitor.GotoAsync($"/culture/{language}?returnUrl=%2Fregister");
            await visitor.GotoAsync("/register?q=" + Uri.EscapeDataString("озгертова"));
            await Assertions.Expect(visitor.Locator("#q")).ToHaveValueAsync("озгертова");
            await Assertions.Expect(visitor.Locator("body")).Not.ToContainTextAsync(number);
        }

        // 5. The administrator excludes another specialist: gone from the public register, still visible to staff.
        var exclusion = await adminContext.NewPageAsync();
        await exclusion.GotoAsync($"/register/{otherNumber}");
        await exclusion.Locator("#exclusion-reason").SelectOptionAsync("EmigratedPermanently");
        await exclusion.Locator("#exclusion-comment").FillAsync("Справка миграционной службы");
        await exclusion.GetByText("Подтверждаю исключение этой записи из общедоступного реестра").ClickAsync();
        await exclusion.GetByRole(AriaRole.Button, new() { Name = "Исключить из реестра" }).ClickAsync();
        await Assertions.Expect(exclusion.GetByTestId("excluded")).ToContainTextAsync("X5");
        var gone = await visitor.GotoAsync($"/register/{otherNumber}");
        Assert.Equal(404, gone!.Status);
    }
}
