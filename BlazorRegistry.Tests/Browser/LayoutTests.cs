using System.Text;
using BlazorRegistry.Tests.Support;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace BlazorRegistry.Tests.Browser;

/// <summary>
/// Every page on a 390×844 phone and on a desktop, in Kazakh and Russian: nothing scrolls sideways, every
/// control is on the screen, and the Content-Security-Policy (no inline script, no eval, no framing) breaks
/// nothing: not one violation while the page loads and goes live. On the desktop tours axe (offline,
/// bundled in the package) checks each page too, with the WCAG 2.1 A and AA rules: no serious or critical
/// violation anywhere, nothing excluded. One tour for all three keeps the whole test run within its time.
/// With REGISTRY_SCREENSHOTS set, the same run saves the screenshots README shows.
/// The tours are three classes (desktop in Kazakh, desktop in Russian, phone in both), so they run beside
/// each other rather than one after the other: as one class they were the longest chain of the whole test
/// run (9 of its 11½ minutes).
/// </summary>
public abstract class LayoutTour(RegistryAppFactory app, BrowserFixture browser)
{
    private const string Check = """
        () => {
          const width = document.documentElement.clientWidth;
          const off = [...document.querySelectorAll('a, button, input, select, textarea')]
            .filter(e => e.offsetParent !== null && getComputedStyle(e).visibility !== 'hidden' && !e.closest('details:not([open]) > :not(summary)'))
            .map(e => ({ e, r: e.getBoundingClientRect() }))
            .filter(x => x.r.width > 0 && (x.r.left < -1 || x.r.right > width + 1))
            .map(x => x.e.outerHTML.slice(0, 120));
          const header = document.querySelector('.registry-appbar')?.getBoundingClientRect().height ?? 0;
          // A field's label cut short (a narrow column on a phone).
          for (const l of document.querySelectorAll('label.mud-input-label'))
            if (l.offsetParent !== null && l.scrollWidth > l.clientWidth + 1) off.push('label cut: ' + l.textContent);
          // Text that sticks out of its card or alert (a long reason in a list, on a phone).
          for (const e of document.querySelectorAll('.mud-alert li, .mud-paper li, .mud-alert p, .mud-paper p, .mud-alert a, .mud-paper a')) {
            const box = e.parentElement.closest('.mud-alert, .mud-paper');
            if (!box || e.offsetParent === null) continue;
            if (e.getBoundingClientRect().right > box.getBoundingClientRect().right + 1) off.push('out of its card: ' + e.outerHTML.slice(0, 100));
          }
          return { scroll: document.documentElement.scrollWidth, width, off, header: Math.round(header) };
        }
        """;

    // Registered before any script of a page runs, so a violation during load is caught too.
    private const string ListenForPolicyViolations = """
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', e =>
            window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber));
        """;

    /// <summary>
    /// axe-core (the script Deque's package bundles), run in the page with the WCAG 2.1 A and AA rules and only
    /// the violations sent back. Deque's <c>RunAxe</c> took about 1.9 s a page here against 0.1 s for the same
    /// run made directly: most of the tours' time, and the tours are the longest part of the test run.
    /// </summary>
    private static readonly string AxeScript = new BundledAxeScriptProvider().GetScript();

    private const string RunWcag21 = """
        async () => (await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            resultTypes: ['violations'],
        })).violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.html) }))
        """;

    private sealed class AxeViolation
    {
        public string Id { get; set; } = "";
        public string? Impact { get; set; }
        public string Help { get; set; } = "";
        public string[] Nodes { get; set; } = [];
    }

    private static async Task<AxeViolation[]> AxeViolationsAsync(IPage page)
    {
        // Evaluated through the browser's debugging protocol, so the page's Content-Security-Policy (no inline
        // script) neither blocks it nor reports it.
        await page.EvaluateAsync(AxeScript);
        return await page.EvaluateAsync<AxeViolation[]>(RunWcag21);
    }

    /// <summary>The main pages README shows.</summary>
    private static readonly HashSet<string> ScreenshotPages =
        ["home", "register", "register-entry", "sign-up", "apply-step-4", "apply-step-9", "my-application", "review-board", "review-application"];

    private sealed class Measure
    {
        public int Scroll { get; set; }
        public int Width { get; set; }
        public string[] Off { get; set; } = [];
        public int Header { get; set; }
    }

    protected async Task TourAsync(string language, bool phone)
    {
        var problems = new StringBuilder();
        var checkedPages = 0;
        foreach (var visitor in (await PageTour.PrepareAsync(app)).Where(v => phone || !v.PhoneOnly))
        {
            await using var context = await PageTour.ContextAsync(browser, app, visitor, language, phone);
            await context.AddInitScriptAsync(ListenForPolicyViolations);
            // Static pages three at a time: most of their time is waiting for the network to go quiet, and the
            // tours are the longest part of the whole test run. Live pages one at a time: the wizard's steps
            // share one draft, which each step's circuit writes to.
            foreach (var stops in Batches(visitor.Stops))
                await Task.WhenAll(stops.Select(async stop =>
                {
                    var found = await CheckAsync(context, visitor, stop, language, phone);
                    lock (problems)
                    {
                        problems.Append(found);
                        checkedPages++;
                    }
                }));
        }
        Assert.True(checkedPages >= 25, $"only {checkedPages} pages checked");
        Assert.True(problems.Length == 0, problems.ToString());
    }

    /// <summary>
    /// What a reader sees or hears: the page's text, and the labels and hints a screen reader reads out.
    /// Text marked translate="no" is shown verbatim on purpose (a file's own name, a mail server's reply).
    /// </summary>
    private const string VisibleText = """
        () => [[...document.querySelectorAll('[translate="no"]')].reduce((text, e) => text.replace(e.innerText, ' '), document.body.innerText),
               ...[...document.querySelectorAll('[aria-label],[title],[placeholder],img[alt]')]
                   .flatMap(e => [e.getAttribute('aria-label'), e.getAttribute('title'), e.getAttribute('placeholder'), e.getAttribute('alt')])
                   .filter(Boolean)].join('\n')
        """;

    // Latin words a Kazakh or Russian reader expects: formats, product names, and the register's own codes.
    private static readonly HashSet<string> AllowedLatin =
        ["PDF", "XLSX", "CSV", "JPEG", "PNG", "SMS", "QR", "IP", "API", "JSON", "Google", "Microsoft", "Authenticator", "RS", "TOUR", "TEST"];

    /// <summary>Latin-only words left once e-mail addresses, links and reference numbers are taken out.</summary>
    internal static IEnumerable<string> LatinWords(string text)
    {
        var cleaned = System.Text.RegularExpressions.Regex.Replace(text, @"\S+@\S+|https?://\S+|\b[A-Z]{2}-[A-Z0-9-]+\b|\b[a-z0-9]{32}\b", " ");
        return System.Text.RegularExpressions.Regex.Matches(cleaned, @"\b[A-Za-z]{2,}\b").Select(m => m.Value)
            .Where(w => !AllowedLatin.Contains(w)).Distinct();
    }

    private static IEnumerable<PageTour.Stop[]> Batches(IEnumerable<PageTour.Stop> stops) =>
        stops.Where(s => s.Interactive).Select(s => new[] { s }).Concat(stops.Where(s => !s.Interactive).Chunk(3));

    private static async Task<string> CheckAsync(IBrowserContext context, PageTour.Visitor visitor, PageTour.Stop stop, string language, bool phone)
    {
        var problems = new StringBuilder();
        var console = new List<string>();
        var page = await context.NewPageAsync();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) lock (console) console.Add(m.Text); };
        await PageTour.OpenAsync(page, stop);
        List<string> logged;
        lock (console) logged = [.. console];
        foreach (var violation in (await page.EvaluateAsync<string[]>("window.__csp")).Concat(logged))
            problems.AppendLine($"{stop.Name}: Content-Security-Policy: {violation}");
        var measure = await page.EvaluateAsync<Measure>(Check);
        if (measure.Scroll > measure.Width)
            problems.AppendLine($"{stop.Name}: scrolls sideways ({measure.Scroll} > {measure.Width})");
        foreach (var element in measure.Off)
            problems.AppendLine($"{stop.Name}: off screen: {element}");
        // On a phone the header is one row (it was four, ~190 px, before the menu folded into a button).
        if (phone && measure.Header > 64)
            problems.AppendLine($"{stop.Name}: the header takes {measure.Header} px on a phone");
        if (!phone)
            foreach (var word in LatinWords(await page.EvaluateAsync<string>(VisibleText)))
                problems.AppendLine($"{visitor.Role} {stop.Name}: English reaches the reader: \"{word}\"");
        if (!phone)
            foreach (var violation in (await AxeViolationsAsync(page)).Where(v => v.Impact is "serious" or "critical"))
                problems.AppendLine($"{visitor.Role} {stop.Name}: axe {violation.Id} ({violation.Impact}) {violation.Help} — " +
                    string.Join(" | ", violation.Nodes.Select(n => n.Length > 160 ? n[..160] : n)));
        if (ScreenshotPages.Contains(stop.Name))
            await Journeys.ScreenshotAsync(page, $"{stop.Name}-{(phone ? "phone" : "desktop")}-{language}", fullPage: false);
        await page.CloseAsync();
        return problems.ToString();
    }
}

// The desktop tours (with axe) are the longest: one class per language, so neither waits for the other.
public class KazakhDesktopLayout(RegistryAppFactory app, BrowserFixture browser)
    : LayoutTour(app, browser), IClassFixture<RegistryAppFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public Task EveryPageFitsTheScreenKeepsThePolicyAndHasNoSeriousAccessibilityViolation() => TourAsync("kk", phone: false);
}

public class RussianDesktopLayout(RegistryAppFactory app, BrowserFixture browser)
    : LayoutTour(app, browser), IClassFixture<RegistryAppFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public Task EveryPageFitsTheScreenKeepsThePolicyAndHasNoSeriousAccessibilityViolation() => TourAsync("ru", phone: false);
}

public class PhoneLayout(RegistryAppFactory app, BrowserFixture browser)
    : LayoutTour(app, browser), IClassFixture<RegistryAppFactory>, IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public Task EveryPageFitsTheScreenAndKeepsThePolicy(string language) => TourAsync(language, phone: true);
}

/// <summary>The wizard and the board with the keyboard alone.</summary>
public class KeyboardOnly(RegistryAppFactory app, BrowserFixture browser) : IClassFixture<RegistryAppFactory>, IClassFixture<BrowserFixture>
{
    /// <summary>Presses Tab until the element matching <paramref name="selector"/> (and holding <paramref name="text"/>) has the focus.</summary>
    private static async Task TabToAsync(IPage page, string selector, string text = "", int most = 80)
    {
        var test = $"() => !!document.activeElement && document.activeElement.matches({System.Text.Json.JsonSerializer.Serialize(selector)})" +
            $" && document.activeElement.textContent.includes({System.Text.Json.JsonSerializer.Serialize(text)})";
        for (var i = 0; i < most; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>(test))
                return;
        }
        throw new Xunit.Sdk.XunitException($"Tab never reached {selector} {text}");
    }

    [Fact]
    public async Task AStepIsFilledAndSubmittedWithTheKeyboard()
    {
        var visitor = (await PageTour.PrepareAsync(app)).Single(v => v.Role == "applicant");
        await using var context = await PageTour.ContextAsync(browser, app, visitor, "kk", phone: false);
        var page = await PageTour.OpenAsync(context, new("apply-step-1", "/apply/1", true));

        await TabToAsync(page, "#f-Surname");
        await page.Keyboard.TypeAsync("Сейтқали");
        await TabToAsync(page, "#f-GivenName");
        await page.Keyboard.TypeAsync("Нұрлан");
        await TabToAsync(page, "#f-DateOfBirth");
        await page.Keyboard.TypeAsync("15051990"); // a date input takes the digits in the locale's order
        await TabToAsync(page, "#f-Iin");
        // The IIN must agree with the date of birth, whichever date the locale's segment order made of the digits.
        var born = DateOnly.Parse(await page.Locator("#f-DateOfBirth").InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await page.Keyboard.TypeAsync(Support.TestIins.Next(born));
        await Journeys.WaitSavedAsync(page);
        await TabToAsync(page, "button", "Келесі");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#step-title")).ToHaveTextAsync("Байланыс деректері және мекенжай");
        await Assertions.Expect(page.Locator("[data-step='1']")).ToHaveAttributeAsync("data-state", "Complete");
        // The new step is announced: focus is on its heading, not left on a button that moved.
        await Assertions.Expect(page.Locator("#step-title")).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByTestId("step-count")).ToHaveTextAsync("9 қадамның 2-қадамы");
    }

    [Fact]
    public async Task TheFirstTabOffersToSkipToTheContentAndAPasswordCanBeShown()
    {
        var visitor = (await PageTour.PrepareAsync(app)).Single(v => v.Role == "anonymous");
        await using var context = await PageTour.ContextAsync(browser, app, visitor, "kk", phone: false);
        var page = await PageTour.OpenAsync(context, new("sign-in", "/account/sign-in", false));

        // The skip link is the first thing a Tab from the top of the page reaches, and shows itself once focused.
        Assert.True(await page.EvaluateAsync<bool>(
            "document.querySelector('a[href], button, input, select, textarea, summary').classList.contains('registry-skip-link')"));
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Негізгі мазмұнға өту" });
        await Assertions.Expect(skip).Not.ToBeInViewportAsync();
        await skip.FocusAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#main-content")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.False(await page.EvaluateAsync<bool>("document.activeElement.closest('.registry-appbar') !== null")); // past the header

        var password = page.Locator("#password");
        await password.FillAsync("Strong-Pass-1");
        await Assertions.Expect(password).ToHaveAttributeAsync("type", "password");
        var show = page.GetByRole(AriaRole.Button, new() { Name = "Құпиясөзді көрсету" });
        await show.ClickAsync();
        await Assertions.Expect(password).ToHaveAttributeAsync("type", "text");
        await Assertions.Expect(show).ToHaveAttributeAsync("aria-pressed", "true");
        await show.ClickAsync();
        await Assertions.Expect(password).ToHaveAttributeAsync("type", "password");
    }

    [Fact]
    public async Task OnAPhoneTheSectionsAndTheAccountAreBehindOneMenuButton()
    {
        var visitor = (await PageTour.PrepareAsync(app)).Single(v => v.Role == "applicant");
        await using var context = await PageTour.ContextAsync(browser, app, visitor, "ru", phone: true);
        var page = await PageTour.OpenAsync(context, new("my-application", "/my-application", true));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Реестр", Exact = true })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Қазақша" })).ToBeVisibleAsync(); // the other language stays in reach

        await page.Locator("summary[aria-label='Меню']").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Выйти" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Реестр", Exact = true }).ClickAsync();
        // A minute, not 30 s: under a whole run's load this navigation once took longer (it passes alone).
        await Journeys.ArrivedAtAsync(page, "/register$", 60_000);
        await Assertions.Expect(page.Locator("details.registry-phone-menu")).Not.ToHaveAttributeAsync("open", "");
    }

    [Fact]
    public async Task TheBoardOpensAnApplicationWithTheKeyboard()
    {
        var admin = (await PageTour.PrepareAsync(app)).Single(v => v.Role == "administrator");
        await using var context = await PageTour.ContextAsync(browser, app, admin, "ru", phone: false);
        var page = await PageTour.OpenAsync(context, new("review-board", "/review", true));
        await TabToAsync(page, "[data-testid=board] tbody a");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Взять на рассмотрение" })).ToBeVisibleAsync();
        await TabToAsync(page, "button", "Взять на рассмотрение");
        await page.Keyboard.PressAsync("Enter");
        // Fifteen seconds, not five: under a whole run's load the claim's round trip once took longer (it passes alone).
        await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("На рассмотрении", new() { Timeout = 15_000 });
    }
}
