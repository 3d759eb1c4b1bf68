using BlazorRegistry.Tests.Support;
using Microsoft.Playwright;

namespace BlazorRegistry.Tests.Browser;

public class AccountJourney(RegistryAppFactory app, BrowserFixture browser)
    : IClassFixture<RegistryAppFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ANewApplicantSignsUpByEmailInKazakhAndMeetsTheNoAccessPage()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.ServerAddress.ToString() });
        var page = await context.NewPageAsync();
        var email = $"journey-{Guid.NewGuid():N}@example.kz";

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Тіркелу" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Тіркелу");
        await page.GetByLabel("Ұялы телефон нөмірі немесе электрондық пошта").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Код алу" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Тіркелуді растау");
        var mail = await app.Smtp.WaitForMessageAsync(email);
        Assert.Equal("Мамандар тізілімі: растау коды", mail.Subject);
        await page.GetByLabel("Растау коды (6 цифр)").FillAsync(Browserless.CodeIn(mail.TextBody));
        await page.GetByLabel("Құпиясөз", new() { Exact = true }).FillAsync("Strong-Pass-1");
        await page.GetByLabel("Құпиясөзді қайталаңыз").FillAsync("Strong-Pass-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Растау" }).ClickAsync();

        await Journeys.ExpectSignedInAsync(page);
        await Assertions.Expect(page.Locator(".registry-desktop-menu").GetByText(email)).ToBeVisibleAsync();

        var response = await page.GotoAsync("/admin/users");
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Қолжетімділік жоқ");
    }
}
