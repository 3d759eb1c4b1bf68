using System.Net;
using Microsoft.AspNetCore.Hosting;
using BlazorRegistry.App.Security;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Files;
using BlazorRegistry.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Web.Security;

/// <summary>What every response tells the browser, from one place: pages, cache hits, errors, files, exports, the API.</summary>
public class BrowserProtections(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/register")]
    [InlineData("/register?q=%D0%BD%D1%83%D1%80%D0%BB%D0%B0%D0%BD")]
    [InlineData("/no-such-page")]
    [InlineData("/account/sign-in")]
    [InlineData("/app.css")]
    [InlineData("/api/register")]
    [InlineData("/register/export.csv")]
    [InlineData("/health")]
    [InlineData("/culture/ru?returnUrl=/register")]
    public async Task EveryResponseCarriesTheHeaders(string path)
    {
        using var visitor = new Browserless(app.ServerAddress);
        // Twice: the second visit of a register page comes from the page cache and must carry them too.
        for (var i = 0; i < 2; i++)
        {
            using var response = await visitor.RawGetAsync(path);
            AssertProtected(response, SecurityHeaders.ContentSecurityPolicy);
        }
    }

    [Fact]
    public async Task ACachedRegisterPageCarriesTheHeaders()
    {
        using var visitor = new Browserless(app.ServerAddress);
        (await visitor.RawGetAsync("/register?sort=newest")).Dispose();
        using var hit = await visitor.RawGetAsync("/register?sort=newest");
        Assert.Equal("hit", hit.Headers.GetValues("X-Registry-Cache").Single());
        AssertProtected(hit, SecurityHeaders.ContentSecurityPolicy);
    }

    [Fact]
    public void ThePolicyForbidsEvalInlineScriptAndFraming()
    {
        var policy = SecurityHeaders.ContentSecurityPolicy;
        Assert.Contains("script-src 'self';", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("object-src 'self'", policy);
    }

    [Fact]
    public async Task AnUploadedScanOpensSandboxed()
    {
        var applicant = await AppAccounts.CreateAsync(app, Roles.Applicant);
        var stored = await app.Services.GetRequiredService<FileStore>().SaveAsync(applicant.Id, "scan.pdf", new MemoryStream("%PDF-1.4 test"u8.ToArray()));
        using var visitor = await AppAccounts.SignInAsync(app, applicant);
        using var response = await visitor.RawGetAsync($"/files/{stored.Value!.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertProtected(response, SecurityHeaders.UploadedFilePolicy);
        Assert.StartsWith("sandbox", SecurityHeaders.UploadedFilePolicy);
    }

    private static void AssertProtected(HttpResponseMessage response, string policy)
    {
        string Header(string name) => response.Headers.TryGetValues(name, out var v) ? string.Join(",", v)
            : response.Content.Headers.TryGetValues(name, out var c) ? string.Join(",", c) : "";
        Assert.Equal(policy, Header("Content-Security-Policy"));
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header("Referrer-Policy"));
        Assert.Contains("camera=()", Header("Permissions-Policy"));
    }
}

/// <summary>Production: cookies are Secure even when a TLS-terminating proxy forwards plain HTTP.</summary>
public class ProductionCookies(ProductionCookies.Factory app) : IClassFixture<ProductionCookies.Factory>
{
    public sealed class Factory : RegistryAppFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }

    [Fact]
    public async Task EveryCookieIsSecure()
    {
        using var visitor = new Browserless(app.ServerAddress);
        using var page = await visitor.RawGetAsync("/account/sign-in");
        using var culture = await visitor.RawGetAsync("/culture/ru?returnUrl=/");
        var cookies = page.Headers.GetValues("Set-Cookie").Concat(culture.Headers.GetValues("Set-Cookie")).ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task TheDevelopmentSmsOutboxIsNotThere()
    {
        using var visitor = new Browserless(app.ServerAddress);
        using var page = await visitor.RawGetAsync("/dev/sms");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }
}
