using BlazorRegistry.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace BlazorRegistry.Tests.Browser;

public class RegisterJourney(RegistryAppFactory app, BrowserFixture browser)
    : IClassFixture<RegistryAppFactory>, IClassFixture<BrowserFixture>
{
    private async Task<string> SeedAsync()
    {
        _ = app.ServerAddress;
        return await Registered.CreateAsync(app.Services, $"visitor-journey-{Guid.NewGuid():N}", "Сейтқали", "Нұрлан", new Consent(true, Contacts: true));
    }

    [Fact]
    public async Task AnAnonymousVisitorSearchesInKazakhSwitchesToRussianOpensTheEntryAndDownloads()
    {
        var number = await SeedAsync();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.ServerAddress.ToString(), AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Тізілім", Exact = true }).ClickAsync();
        await page.GetByLabel("Тегі немесе аты").FillAsync("сейткали нурлан");
        await page.GetByRole(AriaRole.Button, new() { Name = "Іздеу" }).ClickAsync();

        Assert.Contains("q=", page.Url); // a shareable link
        await Assertions.Expect(page.Locator($"tr[data-number='{number}']")).ToContainTextAsync("Сейтқали Нұрлан Әлиұлы");
        await Assertions.Expect(page.Locator("thead")).ToContainTextAsync("Тізілімге енгізілген күні");

        await page.GetByRole(AriaRole.Link, new() { Name = "Русский" }).ClickAsync();
        await Assertions.Expect(page.Locator("thead")).ToContainTextAsync("Дата включения в реестр");
        await Assertions.Expect(page.GetByLabel("Фамилия или имя")).ToHaveValueAsync("сейткали нурлан");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-xlsx").ClickAsync());
        var path = await download.PathAsync();
        using (var workbook = SpreadsheetDocument.Open(path, false))
            Assert.Contains("Сейтқали Нұрлан Әлиұлы", workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText);

        await page.Locator($"tr[data-number='{number}'] a").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Сейтқали Нұрлан Әлиұлы");
        await Assertions.Expect(page.Locator(".registry-entry")).ToContainTextAsync("+7 701 234 56 78");
        await Assertions.Expect(page.Locator(".registry-entry")).ToContainTextAsync("Не опубликовано");
    }

    /// <summary>
    /// Words (and dates) that the table splits across two lines. An e-mail address may be longer than its column,
    /// and a line may break after a hyphen ("ЖБ-" / "Б"), as typography allows.
    /// </summary>
    private const string BrokenWords = """
        () => {
          const broken = [];
          for (const cell of document.querySelectorAll('[data-testid=register-table] th, [data-testid=register-table] td')) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node; (node = walker.nextNode());) {
              for (const m of node.data.matchAll(/\S+/g)) {
                if (m[0].includes('@') || m[0].includes('-')) continue;
                const range = document.createRange();
                range.setStart(node, m.index);
                range.setEnd(node, m.index + m[0].length);
                if (new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1) broken.push(m[0]);
              }
            }
          }
          return broken;
        }
        """;

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task OnADesktopTheTableNeverBreaksAWordOrADateMidway(string language)
    {
        await SeedAsync();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.ServerAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/culture/{language}?returnUrl=" + Uri.EscapeDataString("/register?q=" + Uri.EscapeDataString("сейткали")));
        await Assertions.Expect(page.Locator("[data-testid=register-table] tbody tr").First).ToBeVisibleAsync();
        Assert.Empty(await page.EvaluateAsync<string[]>(BrokenWords));
    }

    [Fact]
    public async Task TheRegisterWorksWithJavaScriptOff()
    {
        var number = await SeedAsync();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.ServerAddress.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/register");
        await page.GetByLabel("Тегі немесе аты").FillAsync("нурлан");
        await page.GetByRole(AriaRole.Button, new() { Name = "Іздеу" }).ClickAsync();
        await Assertions.Expect(page.Locator($"tr[data-number='{number}']")).ToBeVisibleAsync();
    }
}
