using System.Text;
using BlazorRegistry.Tests.Support;
using Microsoft.Playwright;

namespace BlazorRegistry.Tests.Browser;

/// <summary>
/// The Content-Security-Policy (no inline script, no eval, no framing) breaks nothing: every page of the
/// tour, interactive ones included, loads and goes live in Kazakh and Russian without one violation.
/// </summary>
public class ContentSecurityPolicy(RegistryAppFactory app, BrowserFixture browser) : IClassFixture<RegistryAppFactory>, IClassFixture<BrowserFixture>
{
    // Registered before any script of the page runs, so a violation during load is caught too.
    private const string Listen = """
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', e =>
            window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber));
        """;

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task NoPageOfTheTourViolatesIt(string language)
    {
        var report = new StringBuilder();
        var checkedPages = 0;
        foreach (var visitor in await PageTour.PrepareAsync(app))
        {
            await using var context = await PageTour.ContextAsync(browser, app, visitor, language, phone: false);
            await context.AddInitScriptAsync(Listen);
            foreach (var stop in visitor.Stops)
            {
                var page = await context.NewPageAsync();
                var console = new List<string>();
                page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) console.Add(m.Text); };
                await page.GotoAsync(stop.Url);
                if (stop.Interactive)
                    await BrowserFixture.WaitUntilInteractiveAsync(page);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                checkedPages++;
                foreach (var violation in (await page.EvaluateAsync<string[]>("window.__csp")).Concat(console))
                    report.AppendLine($"{visitor.Role} {stop.Name} [{language}]: {violation}");
                await page.CloseAsync();
            }
        }
        Assert.True(checkedPages >= 25, $"only {checkedPages} pages checked");
        Assert.True(report.Length == 0, report.ToString());
    }
}
