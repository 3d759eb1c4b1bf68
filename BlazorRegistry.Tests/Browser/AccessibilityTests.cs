using System.Text;
using BlazorRegistry.Tests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace BlazorRegistry.Tests.Browser;

/// <summary>
/// axe (offline, bundled in the package) on every page and wizard step, in Kazakh and in Russian, with
/// the WCAG 2.1 A and AA rules: no serious or critical violation anywhere. Nothing is excluded.
/// </summary>
public class Accessibility(RegistryAppFactory app, BrowserFixture browser) : IClassFixture<RegistryAppFactory>, IClassFixture<BrowserFixture>
{
    private static readonly AxeRunOptions Wcag21 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task EveryPageHasNoSeriousOrCriticalViolations(string language)
    {
        var report = new StringBuilder();
        var checkedPages = 0;
        foreach (var visitor in await PageTour.PrepareAsync(app))
        {
            await using var context = await PageTour.ContextAsync(browser, app, visitor, language, phone: false);
            foreach (var stop in visitor.Stops)
            {
                var page = await PageTour.OpenAsync(context, stop);
                var result = await page.RunAxe(Wcag21);
                checkedPages++;
                foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
                    report.AppendLine($"{visitor.Role} {stop.Name} [{language}]: {violation.Id} ({violation.Impact}) {violation.Help} — " +
                        string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html.Length > 160 ? n.Html[..160] : n.Html)));
                await page.CloseAsync();
            }
        }
        Assert.True(checkedPages >= 25, $"only {checkedPages} pages checked");
        Assert.True(report.Length == 0, report.ToString());
    }
}
