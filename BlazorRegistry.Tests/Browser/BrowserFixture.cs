using Microsoft.Playwright;

namespace BlazorRegistry.Tests.Browser;

/// <summary>
/// One headless Debian Chromium for the browser tests of a class; each test gets a fresh context. Nothing
/// downloads: Playwright's driver ships inside its NuGet package and the browser comes from Debian
/// (the test command installs it when missing).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: run ./test.sh, which installs Debian's chromium.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Without the networking flags Chromium keeps calling home, and this machine's closed network refuses it.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
    }

    /// <summary>Waits until the circuit is up: clicks on the prerendered page before that are lost.</summary>
    public static Task WaitUntilInteractiveAsync(IPage page) =>
        page.Locator("#registry-interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 20_000 });
}
