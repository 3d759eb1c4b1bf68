using Microsoft.Playwright;
using static BlazorRegistry.Tests.Browser.Journeys;

namespace BlazorRegistry.Tests.Browser;

/// <summary>Fills the wizard's steps in Kazakh the way an applicant would, for the end-to-end journeys.</summary>
public static class WizardSteps
{
    private static ILocator Step(IPage page) => page.Locator(".registry-step");

    public static async Task PersonalAsync(IPage page, string surname, string givenName)
    {
        await OpenStepAsync(page, 1);
        await page.GetByLabel("Тегі").FillAsync(surname);
        await page.GetByLabel("Аты", new() { Exact = true }).FillAsync(givenName);
        await page.GetByLabel("Әкесінің аты").FillAsync("Әлиұлы");
        await page.GetByLabel("Туған күні").FillAsync("1990-05-15");
        await page.GetByLabel("ЖСН").FillAsync(Support.TestIins.Next(new DateOnly(1990, 5, 15)));
        await WaitSavedAsync(page);
    }

    public static async Task ContactsAsync(IPage page, string mobile)
    {
        await OpenStepAsync(page, 2);
        await page.GetByLabel("Ұялы телефон").FillAsync(mobile);
        await ChooseAsync(page, Step(page), "Облыс немесе қала", "Астана қаласы");
        await page.GetByLabel("Елді мекен").FillAsync("Астана");
        await page.GetByLabel("Тіркелген мекенжайы").FillAsync("Мәңгілік Ел даңғылы, 8");
        await WaitSavedAsync(page);
    }

    public static async Task ProfessionAsync(IPage page)
    {
        await OpenStepAsync(page, 3);
        await ChooseAsync(page, Step(page), "Кәсіп атауы", "Әлеуметтік жұмыс жөніндегі маман");
        await page.GetByRole(AriaRole.Spinbutton, new() { Name = "Жыл", Exact = true }).FillAsync("3");
        await page.GetByRole(AriaRole.Spinbutton, new() { Name = "Ай", Exact = true }).FillAsync("0");
        await WaitSavedAsync(page);
    }

    public static async Task EducationAsync(IPage page, params (string Level, string Institution, string From, string To)[] records)
    {
        await OpenStepAsync(page, 4);
        for (var i = 0; i < records.Length; i++)
        {
            var (level, institution, from, to) = records[i];
            await page.GetByRole(AriaRole.Button, new() { Name = "Білімі туралы мәлімет қосу" }).ClickAsync();
            var record = page.GetByTestId("education-record").Nth(i);
            await ChooseAsync(page, record, "Білім деңгейі", level);
            await record.GetByLabel("Оқу орнының атауы").FillAsync(institution);
            await record.GetByLabel("Басталған күні").FillAsync(from);
            await record.GetByLabel("Аяқталған күні").FillAsync(to);
            await record.GetByLabel("Құжат нөмірі").FillAsync($"01234{i}");
            await record.GetByLabel("Құжаттың берілген күні").FillAsync(to);
            await UploadAsync(page, $"education-upload-{i}", $"diploma-{i}.pdf", Pdf);
            await Assertions.Expect(page.GetByTestId($"education-upload-{i}").GetByRole(AriaRole.Link)).ToBeVisibleAsync();
        }
        await WaitSavedAsync(page);
    }

    public static async Task EmploymentAsync(IPage page, params (string Organisation, string Bin, string From, string? To)[] records)
    {
        await OpenStepAsync(page, 5);
        for (var i = 0; i < records.Length; i++)
        {
            var (organisation, bin, from, to) = records[i];
            await page.GetByRole(AriaRole.Button, new() { Name = "Жұмыс орнын қосу" }).ClickAsync();
            var job = page.GetByTestId("employment-record").Nth(i);
            await job.GetByLabel("Ұйымның атауы").FillAsync(organisation);
            await job.GetByLabel("БСН").FillAsync(bin);
            await job.GetByLabel("Лауазымы", new() { Exact = true }).FillAsync("Әлеуметтік қызметкер");
            await job.GetByLabel("Штаттық лауазымы").FillAsync("Әлеуметтік қызметкер");
            await job.GetByLabel("Басталған күні").FillAsync(from);
            if (to is null)
                await job.GetByText("Қазір осында жұмыс істеймін").ClickAsync();
            else
                await job.GetByLabel("Аяқталған күні").FillAsync(to);
            await UploadAsync(page, $"employment-upload-{i}", $"contract-{i}.pdf", Pdf);
            await Assertions.Expect(page.GetByTestId($"employment-upload-{i}").GetByRole(AriaRole.Link)).ToBeVisibleAsync();
        }
        await WaitSavedAsync(page);
    }

    public static async Task QualificationAsync(IPage page)
    {
        await OpenStepAsync(page, 6);
        await page.GetByRole(AriaRole.Button, new() { Name = "Санат қосу" }).ClickAsync();
        var record = page.GetByTestId("qualification-record");
        await ChooseAsync(page, record, "Біліктілік санаты", "Бірінші санат");
        await record.GetByLabel("Берілген күні").FillAsync("2024-04-01");
        await record.GetByLabel("Аттестаттау комиссиясы (уәкілетті органның атауы)").FillAsync("Астана қаласы әкімдігінің аттестаттау комиссиясы");
        await UploadAsync(page, "qualification-upload-0", "category.pdf", Pdf);
        await Assertions.Expect(page.GetByTestId("qualification-upload-0").GetByRole(AriaRole.Link)).ToBeVisibleAsync();
        await WaitSavedAsync(page);
    }

    public static async Task DocumentsAsync(IPage page, string criminalRecordExpires = "2030-12-31")
    {
        await OpenStepAsync(page, 7);
        await UploadAsync(page, "document-upload-identity", "passport.pdf", Pdf);
        await page.GetByTestId("document-identity").GetByLabel("Қолданылу мерзімі").FillAsync("2031-01-01");
        await UploadAsync(page, "document-upload-criminal-record", "certificate.pdf", Pdf);
        await page.GetByTestId("document-criminal-record").GetByLabel("Қолданылу мерзімі").FillAsync(criminalRecordExpires);
        // The diplomas, contracts and the category certificate were attached to their records already.
        await Assertions.Expect(page.GetByTestId("document-category")).ToContainTextAsync("6-бөлімде");
        await WaitSavedAsync(page);
    }

    public static async Task ConsentAsync(IPage page)
    {
        await OpenStepAsync(page, 8);
        await page.GetByText("Иә, жариялауға келісемін").ClickAsync();
        await page.GetByText("Байланыс деректері (телефон, электрондық пошта)").ClickAsync();
        await WaitSavedAsync(page);
    }

    /// <summary>Submits from the check-answers step and returns the reference number.</summary>
    public static async Task<string> SubmitAsync(IPage page, string button = "Өтінішті жіберу")
    {
        await OpenStepAsync(page, 9);
        try
        {
            await Assertions.Expect(page.GetByTestId("missing")).ToHaveCountAsync(0);
        }
        catch (PlaywrightException)
        {
            // Say what the check step still misses: "expected 0, was 1" alone does not tell which step lost it.
            throw new Xunit.Sdk.XunitException("Still missing on the check step: " + await page.GetByTestId("missing").InnerTextAsync());
        }
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("Жіберілді");
        return (await page.Locator(".registry-status-head h2").TextContentAsync())!.Trim();
    }
}
