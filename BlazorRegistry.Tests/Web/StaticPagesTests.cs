using System.Net;
using BlazorRegistry.Tests.Support;

namespace BlazorRegistry.Tests.Web;

/// <summary>
/// Static pages (the public register, sign-in) carry the theme's stylesheet without MudBlazor's providers, whose
/// release at the end of every static render was a JavaScript call refused with an exception (issue #21).
/// </summary>
[Collection(ProcessWideCounts.Name)]
public class StaticPages(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    [Fact]
    public async Task AStaticPageHasTheThemeAndRendersWithoutARefusedJavaScriptCall()
    {
        var visitor = new Browserless(app.ServerAddress);
        var first = await visitor.GetAsync("/register");
        Assert.Equal(HttpStatusCode.OK, first.Status);

        var refused = 0;
        void Count(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
        {
            if (e.Exception is InvalidOperationException && e.Exception.Message.Contains("JavaScript interop calls cannot be issued", StringComparison.Ordinal))
                Interlocked.Increment(ref refused);
        }
        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            foreach (var path in new[] { "/register", "/register?q=x", "/account/sign-in", "/register/statistics", "/" })
            {
                var page = await visitor.GetAsync(path);
                Assert.Equal(HttpStatusCode.OK, page.Status);
                // The theme's own stylesheet, with the product's primary colour, on every static page.
                Assert.Contains("--mud-palette-primary: rgba(0,85,140,1);", page.Html); // #00558C
            }
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }
        Assert.Equal(0, refused);
    }
}
