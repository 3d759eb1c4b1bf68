using BlazorRegistry.Tests.Support;
using Microsoft.Playwright;

namespace BlazorRegistry.Tests.Browser;

public class HomeJourney(RegistryAppFactory app, BrowserFixture browser)
    : IClassFixture<RegistryAppFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AVisitorReadsKazakhThenSwitchesToRussian()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.ServerAddress.ToString(), Locale = "ru-RU" });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        // Kazakh by default, even for a browser that prefers Russian.
        Assert.Equal("kk", await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Арнаулы әлеуметтік қызметтер көрсететін мамандардың тізілімі");

        await page.GetByRole(AriaRole.Link, new() { Name = "Русский" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Реестр специалистов, оказывающих специальные социальные услуги");
        Assert.Equal("ru", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.EndsWith("/", page.Url);

        // The choice persists: a new visit in the same browser is in Russian.
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Реестр специалистов, оказывающих специальные социальные услуги");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Русский" })).ToHaveAttributeAsync("aria-current", "true");
    }

    [Fact]
    public async Task TheSwitchKeepsTheCurrentPage()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.ServerAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/no-such-page?x=1");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Бет табылмады");

        await page.GetByRole(AriaRole.Link, new() { Name = "Русский" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Страница не найдена");
        Assert.EndsWith("/no-such-page?x=1", page.Url);
    }
}
