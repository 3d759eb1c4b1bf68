using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Notifications;
using BlazorRegistry.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static BlazorRegistry.Tests.Browser.Journeys;

namespace BlazorRegistry.Tests.Browser;

/// <summary>The product as one, the way its users meet it (issue #7's five journeys).</summary>
public class EndToEndJourneys(RegistryAppFactory app, BrowserFixture browser)
    : IClassFixture<RegistryAppFactory>, IClassFixture<BrowserFixture>
{
    private Task<IBrowserContext> NewContextAsync(bool phone = false) => browser.Browser.NewContextAsync(new()
    {
        BaseURL = app.ServerAddress.ToString(),
        ViewportSize = phone ? new() { Width = 390, Height = 844 } : new() { Width = 1280, Height = 900 },
        AcceptDownloads = true,
    });

    private async Task<IPage> AdministratorOnBoardAsync(IBrowserContext context, RegistryUser admin, string language)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/culture/{language}?returnUrl=%2F");
        await SignInAsync(page, admin.Email!, AppAccounts.Password, language);
        await page.GotoAsync("/review");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        return page;
    }

    [Fact]
    public async Task AnApplicationTravelsFromSignUpThroughReturnAndResubmissionToThePublicRegister()
    {
        // 1. An administrator watches the board, in Russian.
        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator, language: "ru");
        await using var adminContext = await NewContextAsync();
        var board = await AdministratorOnBoardAsync(adminContext, admin, "ru");

        // A new applicant signs up by e-mail in Kazakh and starts on a phone.
        var email = $"e2e-{Guid.NewGuid():N}@example.kz";
        var surname = "Жақсылықова";
        var first = await NewContextAsync(phone: true);
        var page = await first.NewPageAsync();
        await SignUpByEmailAsync(page, app, email);
        await WizardSteps.PersonalAsync(page, surname, "Әсел");
        await WizardSteps.ContactsAsync(page, "8 707 111 22 33");
        await WizardSteps.ProfessionAsync(page);
        await WizardSteps.EducationAsync(page,
            ("Техникалық және кәсіптік білім", "Астана медициналық колледжі", "2007-09-01", "2010-06-30"),
            ("Жоғары білім", "Л.Н. Гумилев атындағы ЕҰУ", "2010-09-01", "2014-06-30"));
        // The browser closes midway.
        await first.CloseAsync();

        // Signing in again in a new browser resumes where she stopped, with everything there.
        await using var second = await NewContextAsync(phone: true);
        page = await second.NewPageAsync();
        await SignInAsync(page, email);
        await page.GotoAsync("/apply");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator("#step-title")).ToHaveTextAsync("Білімі");
        await Assertions.Expect(page.GetByTestId("education-record")).ToHaveCountAsync(2);
        await WizardSteps.EmploymentAsync(page,
            ("«Мейірім» орталығы", "070540000129", "2014-09-01", "2018-12-31"),
            ("«Шапағат» орталығы", "051150004567", "2019-01-10", null));
        await WizardSteps.QualificationAsync(page);
        await WizardSteps.DocumentsAsync(page);
        await WizardSteps.ConsentAsync(page);
        var number = await WizardSteps.SubmitAsync(page);

        // The board shows it without a reload; the administrator returns it with R3 and R4.
        await DecideFromBoardAsync(board, number, "Взять на рассмотрение", "Вернуть на доработку",
            ["R3 предоставление неполного пакета документов", "R4 несоответствие сведений по трудовой деятельности"],
            "Справка о несудимости и штатная должность требуют уточнения", "Возвращена на доработку");

        // 2. The applicant reads R3 and R4 in Kazakh with the comment, fixes both, resubmits.
        await page.GotoAsync("/my-application");
        await Assertions.Expect(page.GetByTestId("return-notice")).ToContainTextAsync("R3 толық емес құжаттар топтамасын ұсыну");
        await Assertions.Expect(page.GetByTestId("return-notice")).ToContainTextAsync("R4 еңбек қызметі (лауазымы мен штаттық лауазымы)");
        await Assertions.Expect(page.GetByTestId("return-notice")).ToContainTextAsync("Справка о несудимости и штатная должность требуют уточнения");
        await OpenStepAsync(page, 5);
        await page.GetByTestId("employment-record").Nth(1).GetByLabel("Штаттық лауазымы").FillAsync("Әлеуметтік жұмыс жөніндегі маман");
        await WaitSavedAsync(page);
        await OpenStepAsync(page, 7);
        await UploadAsync(page, "document-upload-criminal-record", "certificate-new.pdf", Pdf);
        await page.GetByTestId("document-criminal-record").GetByLabel("Қолданылу мерзімі").FillAsync("2031-06-30");
        await WaitSavedAsync(page);
        await board.GotoAsync("/review");
        await BrowserFixture.WaitUntilInteractiveAsync(board);
        await WizardSteps.SubmitAsync(page, "Түзетілген өтінішті қайта жіберу");

        // The board updates live and marks what changed; the administrator registers it.
        await Assertions.Expect(board.GetByText($"Повторно отправленная заявка: {number}")).ToBeVisibleAsync(new() { Timeout = 5_000 });
        await board.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await BrowserFixture.WaitUntilInteractiveAsync(board);
        await Assertions.Expect(board.Locator("[data-section='Employment'] [data-testid=changed]")).ToBeVisibleAsync();
        await Assertions.Expect(board.Locator("[data-section='Documents'] [data-testid=changed]")).ToBeVisibleAsync();
        await Assertions.Expect(board.Locator("[data-section='Personal'] [data-testid=changed]")).ToHaveCountAsync(0);
        await board.GetByRole(AriaRole.Button, new() { Name = "Взять на рассмотрение" }).ClickAsync();
        await board.GetByRole(AriaRole.Button, new() { Name = "Включить в реестр" }).ClickAsync();
        await board.GetByTestId("confirm-decision").ClickAsync();
        await Assertions.Expect(board.GetByTestId("status")).ToHaveTextAsync("Включена в реестр");

        // 3. An anonymous visitor finds her without Kazakh letters, in both languages, and downloads XLSX.
        await using var visitorContext = await NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();
        foreach (var (language, heading, dob) in new[] { ("kk", "Тізілімге енгізілген күні", "Туған күні"), ("ru", "Дата включения в реестр", "Дата рождения") })
        {
            await visitor.GotoAsync($"/culture/{language}?returnUrl=%2Fregister");
            await visitor.Locator("#q").FillAsync("жаксылыкова асел");
            await visitor.Locator("form[role=search] button[type=submit]").ClickAsync();
            var row = visitor.Locator($"tr[data-number='{number}']");
            await Assertions.Expect(row).ToContainTextAsync("Жақсылықова Әсел Әлиұлы");
            await Assertions.Expect(visitor.Locator("thead")).ToContainTextAsync(heading);
            await Assertions.Expect(row).ToContainTextAsync("+7 707 111 22 33");          // consented contacts
            await Assertions.Expect(row).Not.ToContainTextAsync("15.05.1990");       // date of birth not consented
            await Assertions.Expect(row).Not.ToContainTextAsync("Мәңгілік Ел");      // nor the street address
            var dobCell = row.Locator("td:nth-child(2)");
            await Assertions.Expect(visitor.Locator("thead th").Nth(1)).ToHaveTextAsync(dob);
            await Assertions.Expect(dobCell).ToHaveTextAsync("—");
            // On a phone each row is a card and each cell is headed by its column's name, in the page's language.
            const string before = "td => getComputedStyle(td, '::before').content";
            Assert.Equal("none", await dobCell.EvaluateAsync<string>(before));
            var desktop = visitor.ViewportSize!;
            await visitor.SetViewportSizeAsync(390, 844);
            Assert.Equal($"\"{dob}\"", await dobCell.EvaluateAsync<string>(before));
            await visitor.SetViewportSizeAsync(desktop.Width, desktop.Height);
        }
        var download = await visitor.RunAndWaitForDownloadAsync(() => visitor.GetByTestId("export-xlsx").ClickAsync());
        using var workbook = SpreadsheetDocument.Open(await download.PathAsync(), false);
        var text = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText;
        Assert.Contains("Жақсылықова Әсел Әлиұлы", text);
        Assert.DoesNotContain("15.05.1990", text);
    }

    [Fact]
    public async Task AnApplicantWhoSignsUpByPhoneIsRefusedWithF4()
    {
        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator);
        await using var adminContext = await NewContextAsync();
        var board = await AdministratorOnBoardAsync(adminContext, admin, "kk");

        // 4. Sign-up by phone: the code comes from the SMS outbox.
        var phone = $"+7747{Random.Shared.Next(1000000, 9999999)}";
        await using var context = await NewContextAsync(phone: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-up");
        // One field takes a phone or an e-mail; no choice to make first (a phone typed where an e-mail was expected was refused).
        await page.GetByLabel("Ұялы телефон нөмірі немесе электрондық пошта").FillAsync($"8 {phone[2..5]} {phone[5..8]} {phone[8..10]} {phone[10..]}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Код алу" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Тіркелуді растау");
        // The next page says what it understood: an SMS to this number.
        await Assertions.Expect(page.Locator("#main-content")).ToContainTextAsync($"{phone[..2]} {phone[2..5]} *** ** {phone[^2..]} нөміріндегі тіркелгі");
        await Assertions.Expect(page.Locator("#main-content")).ToContainTextAsync("SMS арқылы");
        var code = await SmsCodeAsync(phone);
        await page.GetByLabel("Растау коды (6 цифр)").FillAsync(code);
        await page.GetByLabel("Құпиясөз", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Құпиясөзді қайталаңыз").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Растау" }).ClickAsync();
        await ExpectSignedInAsync(page);

        await WizardSteps.PersonalAsync(page, "Үсенов", "Ерлан");
        await OpenStepAsync(page, 2);
        await Assertions.Expect(page.GetByLabel("Ұялы телефон")).ToHaveValueAsync(BlazorRegistry.Core.Rules.MobilePhone.Readable(phone)!); // the confirmed number is there already
        await ChooseAsync(page, page.Locator(".registry-step"), "Облыс немесе қала", "Астана қаласы");
        await page.GetByLabel("Елді мекен").FillAsync("Астана");
        await page.GetByLabel("Тіркелген мекенжайы").FillAsync("Сарыарқа даңғылы, 1");
        await WaitSavedAsync(page);
        await WizardSteps.ProfessionAsync(page);
        await WizardSteps.EducationAsync(page, ("Жоғары білім", "Қарағанды университеті", "2008-09-01", "2012-06-30"));
        await WizardSteps.EmploymentAsync(page, ("«Қамқор» орталығы", "070540000129", "2015-01-10", null));
        await WizardSteps.QualificationAsync(page);
        await WizardSteps.DocumentsAsync(page);
        await WizardSteps.ConsentAsync(page);
        var number = await WizardSteps.SubmitAsync(page);

        await DecideFromBoardAsync(board, number, "Қарауға алу", "Бас тарту",
            ["F4 тұрақты тұру үшін Қазақстан Республикасынан тысқары жерлерге шығу"], "Көші-қон қызметінің деректері бойынша", "Бас тартылды");

        await page.GotoAsync("/my-application");
        await Assertions.Expect(page.GetByTestId("refusal")).ToContainTextAsync("F4 тұрақты тұру үшін Қазақстан Республикасынан тысқары жерлерге шығу");
        await Assertions.Expect(page.GetByTestId("refusal")).ToContainTextAsync("Көші-қон қызметінің деректері бойынша");
        // The refusal went by SMS too, in Kazakh: short, saying where the reason is (the inbox has it in full).
        var sms = await SmsTextAsync(phone, "бас тартылды");
        Assert.Contains("«Хабарламалар»", sms);
        Assert.True(BlazorRegistry.Core.Notifications.SmsSegments.Count(sms) <= 2, sms);
    }

    [Fact]
    public async Task OfTwoAdministratorsActingAtOnceOneWinsAndTheOtherIsTold()
    {
        var id = await Registered.SubmittedAsync(app.Services, $"race-{Guid.NewGuid():N}", "Қасымов", "Асқар");
        var first = await AppAccounts.CreateAsync(app, Roles.Administrator, $"first-{Guid.NewGuid():N}@enbek.kz");
        var second = await AppAccounts.CreateAsync(app, Roles.Administrator, $"second-{Guid.NewGuid():N}@enbek.kz");
        await using var firstContext = await NewContextAsync();
        await using var secondContext = await NewContextAsync();
        var a = await AdministratorOnBoardAsync(firstContext, first, "kk");
        var b = await AdministratorOnBoardAsync(secondContext, second, "ru");
        await a.GotoAsync($"/review/{id}");
        await b.GotoAsync($"/review/{id}");
        await BrowserFixture.WaitUntilInteractiveAsync(a);
        await BrowserFixture.WaitUntilInteractiveAsync(b);

        await a.GetByRole(AriaRole.Button, new() { Name = "Қарауға алу" }).ClickAsync();
        await Assertions.Expect(b.GetByTestId("holder")).ToContainTextAsync(first.Email!); // live

        // 5. The holder registers while the other takes it over, at the same moment.
        await a.GetByRole(AriaRole.Button, new() { Name = "Тізілімге енгізу" }).ClickAsync();
        await b.GetByRole(AriaRole.Button, new() { Name = "Взять рассмотрение на себя" }).ClickAsync();
        await Task.WhenAll(a.GetByTestId("confirm-decision").ClickAsync(), b.GetByTestId("confirm-decision").ClickAsync());

        // The clicks are sent; the server handles them a moment later (seconds on a loaded machine).
        var (registered, takenOver) = await MovesAsync(id);
        for (var waited = 0; registered + takenOver == 0 && waited < 150; waited++)
        {
            await Task.Delay(100);
            (registered, takenOver) = await MovesAsync(id);
        }
        var loser = registered == 1 ? b : a;
        await Assertions.Expect(loser.GetByTestId("notice")).ToBeVisibleAsync();
        (registered, takenOver) = await MovesAsync(id);
        Assert.Equal(1, registered + takenOver); // exactly one of the two moves happened
    }

    private async Task<(int Registered, int TakenOver)> MovesAsync(int id)
    {
        var history = (await app.Services.GetRequiredService<BlazorRegistry.Core.Review.ReviewService>().ReloadAsync(id))!.History;
        return (history.Count(h => h.Action == BlazorRegistry.Core.Applications.HistoryAction.Registered),
            history.Count(h => h.Action == BlazorRegistry.Core.Applications.HistoryAction.TakenOver));
    }

    private async Task<string> SmsCodeAsync(string phone) => Browserless.CodeIn(await SmsTextAsync(phone, ""));

    private Task<string> SmsTextAsync(string phone, string containing) => Journeys.SmsTextAsync(app, phone, containing);
}
