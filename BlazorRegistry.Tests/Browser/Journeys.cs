using Microsoft.Extensions.DependencyInjection;
using BlazorRegistry.Tests.Support;
using Microsoft.Playwright;

namespace BlazorRegistry.Tests.Browser;

/// <summary>Steps that several browser tests take, written once, in the words a person would use.</summary>
public static class Journeys
{
    public const string Password = "Strong-Pass-1";
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    /// <summary>Signs up by e-mail in Kazakh, reading the code from the SMTP sink, and lands signed in.</summary>
    public static async Task SignUpByEmailAsync(IPage page, RegistryAppFactory app, string email)
    {
        await page.GotoAsync("/account/sign-up");
        await page.GetByLabel("Ұялы телефон нөмірі немесе электрондық пошта").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Код алу" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Тіркелуді растау");
        // The password is chosen with the code, so only the holder of the mailbox chooses it.
        var mail = await app.Smtp.WaitForMessageAsync(email);
        await page.GetByLabel("Растау коды (6 цифр)").FillAsync(Browserless.CodeIn(mail.TextBody));
        await page.GetByLabel("Құпиясөз", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Құпиясөзді қайталаңыз").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Растау" }).ClickAsync();
        await ExpectSignedInAsync(page);
    }

    public static async Task SignInAsync(IPage page, string identifier, string password = Password, string language = "kk")
    {
        await page.GotoAsync("/account/sign-in");
        await page.Locator("#identifier").FillAsync(identifier);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("form button[type=submit]").ClickAsync();
        if (AppAccounts.HasSecondFactor(identifier))
        {
            // Staff: the authenticator's code after the password.
            // A minute, not the default 30 s: under a whole run's load on two cores this one redirect (the
            // password hash, then the page) has taken longer, twice in a month of runs.
            await ArrivedAtAsync(page, "/account/two-factor", 60_000);
            await page.Locator("#two-factor-code").FillAsync(AppAccounts.SecondFactorCode(identifier));
            await page.Locator("form button[type=submit]").ClickAsync();
        }
        await ExpectSignedInAsync(page, language);
    }

    /// <summary>
    /// Waits until the page's address matches <paramref name="path"/> (a regular expression). Not WaitForURL: it waits
    /// for a "load" event too, which Blazor's enhanced navigation never fires, so it timed out under a whole run's load
    /// on pages that had long arrived.
    /// </summary>
    public static Task ArrivedAtAsync(IPage page, string path, int timeoutMs = 30_000) =>
        Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(path), new() { Timeout = timeoutMs });

    /// <summary>Signed in: the sign-out button is there (on a phone it is inside the folded menu).</summary>
    public static Task ExpectSignedInAsync(IPage page, string language = "kk") =>
        Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = language == "ru" ? "Выйти" : "Шығу", IncludeHidden = true }).First).ToBeAttachedAsync();

    /// <summary>Opens a wizard step and waits for the live connection, so typing is not lost.</summary>
    public static async Task OpenStepAsync(IPage page, int step)
    {
        // Inside the wizard, move as the applicant does, through the step list: the same live connection
        // saves what is pending first. A full page load would race the old connection's last save.
        if ((page.Url.Contains("/apply") || page.Url.Contains("/organisation/applications/")) && await page.Locator("#registry-interactive").CountAsync() > 0)
        {
            await page.Locator($"[data-step='{step}'] a").ClickAsync();
            await Assertions.Expect(page.Locator($"[data-step='{step}'] a")).ToHaveAttributeAsync("aria-current", "step");
            return;
        }
        await page.GotoAsync($"/apply/{step}");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator("#step-title")).ToBeVisibleAsync();
    }

    /// <summary>Waits until every change typed so far is stored in the draft.</summary>
    public static async Task WaitSavedAsync(IPage page)
    {
        // "Save now" reaches the server after every change typed before it (one connection keeps the
        // order), so once its confirmation count moves, everything typed so far is stored. Watching the
        // "saved" mark alone raced a change still on its way on a loaded machine.
        var state = page.GetByTestId("save-state");
        var before = await state.GetAttributeAsync("data-confirmed");
        await page.GetByTestId("save-now").ClickAsync();
        await Assertions.Expect(state).Not.ToHaveAttributeAsync("data-confirmed", before!, new() { Timeout = 10_000 });
        await Assertions.Expect(state).ToHaveTextAsync("Сақталды", new() { Timeout = 10_000 });
    }

    /// <summary>Picks an option of a wizard's list (a native select) by the list's label and the option's text.</summary>
    public static async Task ChooseAsync(IPage page, ILocator scope, string label, string option)
    {
        var select = scope.GetByLabel(label, new() { Exact = true });
        await select.SelectOptionAsync(new SelectOptionValue { Label = option });
        await Assertions.Expect(select.Locator("option:checked")).ToHaveTextAsync(option);
    }

    public static async Task UploadAsync(IPage page, string testId, string name, byte[] content, string mime = "application/pdf")
    {
        var input = page.GetByTestId(testId).Locator("input[type=file]").Last;
        // Blazor's InputFile listens for "change" only once its init has run, a round trip after the input
        // appeared; a file chosen before that is never announced (CI lost one on a step just opened).
        // A person cannot choose a file that fast, so wait as they would.
        await page.WaitForFunctionAsync("e => e._blazorInputFileNextFileId !== undefined", await input.ElementHandleAsync());
        await input.SetInputFilesAsync(new FilePayload { Name = name, MimeType = mime, Buffer = content });
    }

    /// <summary>Chooses a scan right after a refused one and waits until the control shows it attached.</summary>
    public static async Task UploadAfterRefusalAsync(IPage page, string testId, string name, byte[] content)
    {
        var attached = page.GetByTestId(testId).GetByRole(AriaRole.Link, new() { Name = name });
        for (var attempt = 1; ; attempt++)
        {
            await UploadAsync(page, testId, name, content);
            try
            {
                await Assertions.Expect(attached).ToBeVisibleAsync(new() { Timeout = 5_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 2)
            {
                // Seen once under full-suite load: a file chosen within milliseconds of the refusal was never
                // announced to the server (the refusal's error stayed, no upload started). A person cannot
                // choose that fast; choose again, as they would if nothing happened.
            }
        }
    }

    /// <summary>
    /// Saves a screenshot when REGISTRY_SCREENSHOTS names a folder (README, "Screenshots"); does nothing
    /// otherwise, so the test run stays fast.
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        if (Environment.GetEnvironmentVariable("REGISTRY_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = fullPage });
        }
    }

    /// <summary>
    /// An administrator on the live board opens the new application, claims it and makes a decision:
    /// <paramref name="decision"/> is the button's name, <paramref name="reasons"/> the R/F texts to tick.
    /// </summary>
    public static async Task DecideFromBoardAsync(IPage board, string number, string claim, string decision,
        string[] reasons, string comment, string expectedStatus)
    {
        await Assertions.Expect(board.GetByRole(AriaRole.Link, new() { Name = number })).ToBeVisibleAsync(new() { Timeout = 5_000 });
        await FollowAsync(board.GetByRole(AriaRole.Link, new() { Name = number }));
        await BrowserFixture.WaitUntilInteractiveAsync(board);
        await board.GetByRole(AriaRole.Button, new() { Name = claim }).ClickAsync();
        await board.GetByRole(AriaRole.Button, new() { Name = decision }).ClickAsync();
        foreach (var reason in reasons)
            await board.GetByText(reason).ClickAsync();
        await board.Locator("#decision-comment").FillAsync(comment);
        await board.GetByTestId("confirm-decision").ClickAsync();
        await Assertions.Expect(board.GetByTestId("status")).ToHaveTextAsync(expectedStatus);
    }

    /// <summary>
    /// Follows a link on the live board with the keyboard (focus, Enter). A live notice (bottom left) may lie over it,
    /// and in the tests notices never fade: MudBlazor times them with the app's TimeProvider, which the tests freeze.
    /// </summary>
    public static async Task FollowAsync(ILocator link)
    {
        await link.FocusAsync();
        await link.PressAsync("Enter");
    }

    /// <summary>The newest SMS to <paramref name="phone"/> containing <paramref name="containing"/>, from the app's SMS outbox (waits up to 15 s).</summary>
    public static async Task<string> SmsTextAsync(RegistryAppFactory app, string phone, string containing)
    {
        var outbox = app.Services.GetRequiredService<BlazorRegistry.Core.Notifications.OutboxSmsGateway>();
        for (var i = 0; i < 150; i++)
        {
            var sms = (await outbox.LatestAsync(500)).FirstOrDefault(m => m.Phone == phone && m.Text.Contains(containing, StringComparison.OrdinalIgnoreCase));
            if (sms is not null)
                return sms.Text;
            await Task.Delay(100);
        }
        throw new TimeoutException($"No SMS to {phone} containing '{containing}'.");
    }

    /// <summary>Presses "Next" and waits for the next step; says what the page complained about if it stayed.</summary>
    public static async Task NextAsync(IPage page)
    {
        var step = int.Parse((await page.Locator("[data-step]:has(a[aria-current=step])").GetAttributeAsync("data-step"))!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Келесі" }).ClickAsync();
        try
        {
            await Assertions.Expect(page.Locator($"[data-step='{step + 1}'] a")).ToHaveAttributeAsync("aria-current", "step");
        }
        catch (PlaywrightException)
        {
            var complaints = await page.Locator(".registry-field-error, .mud-input-error, .mud-snackbar, [data-testid=step-problems]").AllInnerTextsAsync();
            throw new Xunit.Sdk.XunitException($"Still on step {step} after Next: {string.Join(" | ", complaints)}");
        }
    }
}
