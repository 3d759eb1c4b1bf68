using BlazorRegistry.Tests.Support;
using Microsoft.Playwright;
using static BlazorRegistry.Tests.Browser.Journeys;

namespace BlazorRegistry.Tests.Browser;

public class WizardJourney(RegistryAppFactory app, BrowserFixture browser)
    : IClassFixture<RegistryAppFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ANewApplicantAppliesOnAPhoneReloadsMidwayAndSubmits()
    {
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = app.ServerAddress.ToString(),
            ViewportSize = new() { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        var email = $"wizard-{Guid.NewGuid():N}@example.kz";
        await SignUpByEmailAsync(page, app, email);

        // 1. Personal data, with Kazakh letters.
        await OpenStepAsync(page, 1);
        await page.GetByLabel("Тегі").FillAsync("Сейтқали");
        await page.GetByLabel("Аты", new() { Exact = true }).FillAsync("Нұрлан");
        await page.GetByLabel("Әкесінің аты").FillAsync("Әлиұлы");
        await page.GetByLabel("Туған күні").FillAsync("1990-05-15");
        await page.GetByLabel("ЖСН").FillAsync(Support.TestIins.Next(new DateOnly(1990, 5, 15)));
        await WaitSavedAsync(page);
        await NextAsync(page);

        // 2. Contacts: the sign-up e-mail is already there.
        await Assertions.Expect(page.GetByLabel("Электрондық пошта")).ToHaveValueAsync(email);
        await page.GetByLabel("Ұялы телефон").FillAsync("8 701 234 56 78");
        await ChooseAsync(page, page.Locator(".registry-step"), "Облыс немесе қала", "Астана қаласы");
        await page.GetByLabel("Елді мекен").FillAsync("Астана");
        await page.GetByLabel("Тіркелген мекенжайы").FillAsync("Мәңгілік Ел даңғылы, 8");
        await WaitSavedAsync(page);

        // A reload midway finds everything, on the same step.
        await page.ReloadAsync();
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator("#step-title")).ToHaveTextAsync("Байланыс деректері және мекенжай");
        await Assertions.Expect(page.GetByLabel("Тіркелген мекенжайы")).ToHaveValueAsync("Мәңгілік Ел даңғылы, 8");
        await Assertions.Expect(page.GetByLabel("Ұялы телефон")).ToHaveValueAsync("+7 701 234 56 78");
        await NextAsync(page);

        // 3. Profession and experience.
        await ChooseAsync(page, page.Locator(".registry-step"), "Кәсіп атауы", "Әлеуметтік жұмыс жөніндегі маман");
        await page.GetByRole(AriaRole.Spinbutton, new() { Name = "Жыл", Exact = true }).FillAsync("3");
        await page.GetByRole(AriaRole.Spinbutton, new() { Name = "Ай", Exact = true }).FillAsync("0");
        await WaitSavedAsync(page);
        await NextAsync(page);

        // 4. Education, with the diploma's scan.
        await page.GetByRole(AriaRole.Button, new() { Name = "Білімі туралы мәлімет қосу" }).ClickAsync();
        var education = page.GetByTestId("education-record");
        await ChooseAsync(page, education, "Білім деңгейі", "Жоғары білім");
        await education.GetByLabel("Оқу орнының атауы").FillAsync("Л.Н. Гумилев атындағы ЕҰУ");
        await education.GetByLabel("Басталған күні").FillAsync("2008-09-01");
        await education.GetByLabel("Аяқталған күні").FillAsync("2012-06-30");
        await education.GetByLabel("Құжат нөмірі").FillAsync("0123456");
        await education.GetByLabel("Құжаттың берілген күні").FillAsync("2012-07-01");
        await UploadAsync(page, "education-upload-0", "diploma.pdf", Pdf);
        await Assertions.Expect(page.GetByTestId("education-upload-0").GetByRole(AriaRole.Link, new() { Name = "diploma.pdf" })).ToBeVisibleAsync();
        await WaitSavedAsync(page);
        await ScreenshotAsync(page, "wizard-education-phone-kk");
        await NextAsync(page);

        // 5. Employment: a current job in special social services since 2019.
        await page.GetByRole(AriaRole.Button, new() { Name = "Жұмыс орнын қосу" }).ClickAsync();
        var job = page.GetByTestId("employment-record");
        await job.GetByLabel("Ұйымның атауы").FillAsync("«Мейірім» орталығы");
        await job.GetByLabel("БСН").FillAsync("070540000128");
        await Assertions.Expect(job.GetByText("БСН дұрыс емес: бақылау цифры сәйкес келмейді.")).ToBeVisibleAsync();
        await job.GetByLabel("БСН").FillAsync("070540000129");
        await Assertions.Expect(job.GetByText("БСН дұрыс емес")).ToHaveCountAsync(0);
        await job.GetByLabel("Лауазымы", new() { Exact = true }).FillAsync("Әлеуметтік қызметкер");
        await job.GetByLabel("Штаттық лауазымы").FillAsync("Әлеуметтік қызметкер");
        await job.GetByLabel("Басталған күні").FillAsync("2019-01-10");
        await job.GetByText("Қазір осында жұмыс істеймін").ClickAsync();
        await UploadAsync(page, "employment-upload-0", "contract.pdf", Pdf);
        await Assertions.Expect(page.GetByTestId("employment-upload-0").GetByRole(AriaRole.Link, new() { Name = "contract.pdf" })).ToBeVisibleAsync();
        await WaitSavedAsync(page);
        await NextAsync(page);

        // 6. No category.
        await page.GetByText("Біліктілік санатым жоқ").ClickAsync();
        await WaitSavedAsync(page);
        await NextAsync(page);

        // 7. Documents: a renamed program and an oversized file are refused; real scans are taken.
        await UploadAsync(page, "document-upload-identity", "passport.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04]);
        await Assertions.Expect(page.GetByTestId("document-upload-identity").GetByRole(AriaRole.Alert))
            .ToContainTextAsync("Тек PDF, JPEG немесе PNG файлдары қабылданады");
        var big = new byte[11 * 1024 * 1024];
        Pdf.CopyTo(big, 0);
        await UploadAsync(page, "document-upload-identity", "passport.pdf", big);
        await Assertions.Expect(page.GetByTestId("document-upload-identity").GetByRole(AriaRole.Alert)).ToContainTextAsync("10 МБ");
        await UploadAfterRefusalAsync(page, "document-upload-identity", "passport.pdf", Pdf);
        await page.GetByTestId("document-identity").GetByLabel("Қолданылу мерзімі").FillAsync("2020-01-01");
        await Assertions.Expect(page.GetByTestId("document-identity").GetByText("Құжаттың қолданылу мерзімі өтіп кеткен.")).ToBeVisibleAsync();
        await page.GetByTestId("document-identity").GetByLabel("Қолданылу мерзімі").FillAsync("2031-01-01");
        await UploadAsync(page, "document-upload-criminal-record", "certificate.pdf", Pdf);
        await page.GetByTestId("document-criminal-record").GetByLabel("Қолданылу мерзімі").FillAsync("2030-12-31");
        await Assertions.Expect(page.GetByTestId("document-education")).ToContainTextAsync("4-бөлімде (Білімі) қоса берілген");
        await WaitSavedAsync(page);
        await NextAsync(page);

        // 8. Consent.
        await page.GetByText("Иә, жариялауға келісемін").ClickAsync();
        await page.GetByText("Байланыс деректері (телефон, электрондық пошта)").ClickAsync();
        await WaitSavedAsync(page);
        await NextAsync(page);

        // 9. Check and submit.
        await Assertions.Expect(page.Locator("#step-title")).ToHaveTextAsync("Тексеру және жіберу");
        await Assertions.Expect(page.GetByTestId("missing")).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "wizard-check-phone-kk");
        var badge = page.GetByTestId("unread-count").First;
        var unreadBefore = await badge.CountAsync() == 0 ? 0 : int.Parse(await badge.TextContentAsync() ?? "0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Өтінішті жіберу" }).ClickAsync();
        // The inbox's "submitted" notice is counted in the header without a reload (issue #20, 11).
        await Assertions.Expect(badge).ToHaveTextAsync((unreadBefore + 1).ToString());

        await Assertions.Expect(page.GetByTestId("confirmation")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("reference-number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^RS-\d{4}-\d{6}$"));
        await Assertions.Expect(page.GetByTestId("deadline")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^20\d\d жылғы \d{1,2} [а-яәғқңөұүһі]+$"));
        await ScreenshotAsync(page, "my-application-submitted-phone-kk");
        var (scrollWidth, clientWidth) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("document.documentElement.clientWidth"));
        Assert.True(scrollWidth <= clientWidth, $"The page scrolls sideways on a phone: {scrollWidth} > {clientWidth}");
    }
}
