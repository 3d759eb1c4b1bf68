using System.Net;
using BlazorRegistry.App.Register;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Tests.Support;
using Microsoft.AspNetCore.Http;
using System.Security.Claims;

namespace BlazorRegistry.Tests.Web.Register;

/// <summary>Anonymous register pages come from memory until someone is registered; nobody gets another person's page.</summary>
public class PublicRegisterCacheTests(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    private HttpClient Anonymous(string language = "kk-KZ")
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = app.ServerAddress };
        client.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture={Uri.EscapeDataString($"c={language}|uic={language}")}");
        return client;
    }

    private static async Task<(string Cache, string Body, bool SetsCookie)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cache = response.Headers.TryGetValues("X-Registry-Cache", out var values) ? values.Single() : "";
        return (cache, await response.Content.ReadAsStringAsync(), response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task ARepeatedSearchComesFromMemoryUntilSomeoneIsRegistered()
    {
        var url = "/register?q=" + Uri.EscapeDataString("кэшбаев");
        using var visitor = Anonymous();
        var first = await GetAsync(visitor, url);
        Assert.Equal("miss", first.Cache);
        Assert.Contains("Ештеңе табылмады", first.Body);

        var second = await GetAsync(visitor, url);
        Assert.Equal("hit", second.Cache);
        Assert.Equal(first.Body, second.Body);
        Assert.False(second.SetsCookie); // the first visitor's antiforgery cookie is not handed to everyone

        var number = await Registered.CreateAsync(app.Services, "cache-1", "Кэшбаев", "Нұрлан", new Consent(true));
        var after = await GetAsync(visitor, url);
        Assert.Equal("miss", after.Cache);
        Assert.Contains(number, after.Body);
        var entry = $"/register/{number}";
        Assert.Equal("miss", (await GetAsync(visitor, entry)).Cache);
        Assert.Equal("hit", (await GetAsync(visitor, entry)).Cache);
    }

    [Fact]
    public async Task EachLanguageHasItsOwnPage()
    {
        var url = "/register?region=75";
        using var kazakh = Anonymous();
        using var russian = Anonymous("ru-RU");
        await GetAsync(kazakh, url);
        Assert.Equal("hit", (await GetAsync(kazakh, url)).Cache);
        var ru = await GetAsync(russian, url);
        Assert.Equal("miss", ru.Cache);
        Assert.Contains("<html lang=\"ru\"", ru.Body);
        Assert.Contains("<html lang=\"kk\"", (await GetAsync(kazakh, url)).Body);
    }

    [Fact]
    public async Task SignedInStaffAlwaysGetAFreshFullView()
    {
        using var visitor = Anonymous();
        await GetAsync(visitor, "/register");
        Assert.Equal("hit", (await GetAsync(visitor, "/register")).Cache);

        var observer = await AppAccounts.SignInAsync(app, await AppAccounts.CreateAsync(app, Roles.Observer));
        var staffPage = await observer.GetAsync("/register");
        Assert.Contains("Қызметкерлерге арналған толық көрініс", staffPage.Text); // the staff view, not the public page from memory
    }

    [Theory]
    [InlineData("GET", "/register", false, true)]
    [InlineData("GET", "/register/RS-2026-000001", false, true)]
    [InlineData("GET", "/register", true, false)]
    [InlineData("POST", "/register", false, false)]
    [InlineData("GET", "/register/export.csv", false, false)]
    [InlineData("GET", "/register/export.xlsx", false, false)]
    [InlineData("GET", "/api/register", false, false)]
    [InlineData("GET", "/register/a/b", false, false)]
    [InlineData("GET", "/review", false, false)]
    public void OnlyAnonymousReadsOfTheRegisterPagesAreKept(string method, string path, bool signedIn, bool kept)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = method;
        http.Request.Path = path;
        if (signedIn)
            http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "someone")], "test"));
        Assert.Equal(kept, PublicRegisterCache.Applies(http));
    }
}
