using System.Net;
using BlazorRegistry.Tests.Support;

namespace BlazorRegistry.Tests.Web.Security;

/// <summary>Odd but legal requests an outside scanner sends: never a 500.</summary>
public class AddressesAndMethods(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    [Theory]
    [InlineData("%2F%09%2Fexample.org", "/")]
    [InlineData("%2F%0A%2Fexample.org", "/")]
    [InlineData("%2F%00", "/")]
    [InlineData("%2F%2Fexample.org", "/")]
    [InlineData("%2F%5Cexample.org", "/")]
    [InlineData("https%3A%2F%2Fexample.org%2F", "/")]
    [InlineData("", "/")]
    [InlineData("%2Fregister%3Fq%3D%D0%A1", "/register?q=%D0%A1")]
    [InlineData("%2Fregister%3Fq%3D%D0%BD%D2%B1%D1%80%26region%3D71", "/register?q=%D0%BD%D2%B1%D1%80&region=71")]
    public async Task TheLanguageSwitchGoesBackOnlyToThisSite(string returnUrl, string location)
    {
        using var visitor = new Browserless(app.ServerAddress);
        using var response = await visitor.RawGetAsync("/culture/ru?returnUrl=" + returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/register")]
    [InlineData("/register?q=%D0%BD%D1%83%D1%80%D0%BB%D0%B0%D0%BD")]
    [InlineData("/account/sign-in")]
    [InlineData("/health")]
    public async Task HeadAnswersAsGetWithoutABody(string path)
    {
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        using var get = await client.GetAsync(path);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
