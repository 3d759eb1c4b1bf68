using Microsoft.Extensions.DependencyInjection;
using System.Net;
using BlazorRegistry.Tests.Support;

namespace BlazorRegistry.Tests.Web;

/// <summary>The bilingual shell over real HTTP: language, switch, health.</summary>
public class ShellOverHttp(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    private HttpClient Client(string? cookie = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.ServerAddress };
        if (cookie is not null)
            client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    [Fact]
    public async Task HomeIsKazakhByDefault()
    {
        var html = await Client().GetStringAsync("/", TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"kk\">", html);
        Assert.Contains("Арнаулы әлеуметтік қызметтер көрсететін мамандардың тізілімі", html);
        Assert.Contains("Әлеуметтік қорғау саласын дамытудың ұлттық ғылыми орталығы", html); // administrator from configuration
    }

    [Fact]
    public async Task HomeIsRussianWithTheCultureCookie()
    {
        var html = await Client(".AspNetCore.Culture=c%3Dru-RU%7Cuic%3Dru-RU").GetStringAsync("/", TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"ru\">", html);
        Assert.Contains("Реестр специалистов, оказывающих специальные социальные услуги", html);
        Assert.Contains("Национальный научный центр развития социальной защиты", html);
        Assert.DoesNotContain("Арнаулы әлеуметтік қызметтер көрсететін", html);
    }

    [Fact]
    public async Task TheSwitchSetsACookieAndGoesBackToThePage()
    {
        var response = await Client().GetAsync("/culture/ru?returnUrl=%2Fnot-found%3Fq%3D1", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/not-found?q=1", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(".AspNetCore.Culture=c%3Dru-RU%7Cuic%3Dru-RU", cookie);
        Assert.Contains("expires=", cookie);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https://evil.example/")]
    public async Task TheSwitchNeverRedirectsToAnotherSite(string returnUrl)
    {
        var response = await Client().GetAsync($"/culture/kk?returnUrl={Uri.EscapeDataString(returnUrl)}", TestContext.Current.CancellationToken);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AnUnknownLanguageIsABadRequest()
    {
        var response = await Client().GetAsync("/culture/en", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task HealthReportsTheDatabase()
    {
        var response = await Client().GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("\"status\":\"Healthy\"", body);
        Assert.Contains("20 regions", body);
    }

    [Fact]
    public async Task AnUnknownPageIsAFriendly404InThePageLanguage()
    {
        var response = await Client().GetAsync("/no-such-page", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Бет табылмады", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}

public class StartUpAccounts(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    [Fact]
    public async Task DevelopmentStartsWithTheDemoAdministrator()
    {
        _ = app.ServerAddress;
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<BlazorRegistry.Core.Accounts.RegistryUser>>();
        var admin = await users.FindByEmailAsync("admin@registry.local");
        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, BlazorRegistry.Core.Accounts.Roles.Administrator));
    }
}

public class AppWiring(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    [Fact]
    public void MudBlazorTextsGoThroughOurInterceptor()
    {
        _ = app.ServerAddress;
        Assert.IsType<BlazorRegistry.App.Localization.MudTextsInterceptor>(app.Services.GetRequiredService<MudBlazor.ILocalizationInterceptor>());
    }
}
