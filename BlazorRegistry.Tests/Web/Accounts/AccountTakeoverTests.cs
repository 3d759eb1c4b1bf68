using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Notifications;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Web.Accounts;

/// <summary>
/// Issue #12: each attack that took over or exposed accounts, tried again over real HTTP. None may work.
/// </summary>
public partial class AccountTakeover(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    private const string Password = "Strong-Pass-1";
    private const string DemoAdmin = "admin@registry.local";

    private Browserless Visitor() => new(app.ServerAddress, "kk-KZ");

    private static Dictionary<string, string> ConfirmFields(string code, string password = Password) => new()
    {
        ["Input.Code"] = code,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
    };

    private static string Other(string code) => code == "000000" ? "111111" : "000000";

    private async Task<(Browserless Visitor, Browserless.Page Confirm, string Code)> SignUpByEmailAsync(string email)
    {
        var visitor = Visitor();
        var confirm = await visitor.SubmitAsync("/account/sign-up", "sign-up", new() { ["Input.Channel"] = "email", ["Input.Identifier"] = email });
        var mail = await app.Smtp.WaitForMessageAsync(email);
        return (visitor, confirm, Browserless.CodeIn(mail.TextBody));
    }

    private async Task<string> ConfirmedApplicantAsync()
    {
        var email = $"a{Guid.NewGuid():N}@example.kz";
        var (visitor, confirm, code) = await SignUpByEmailAsync(email);
        var home = await visitor.SubmitAsync(confirm, "confirm", ConfirmFields(code));
        Assert.Equal("/", home.Url);
        return email;
    }

    private Task<Browserless.Page> SignInAsync(string identifier, string password) =>
        Visitor().SubmitAsync("/account/sign-in", "sign-in", new() { ["Input.Identifier"] = identifier, ["Input.Password"] = password });

    [Fact]
    public async Task ACodeNeverSignsIntoAConfirmedAccount()
    {
        var email = await ConfirmedApplicantAsync();
        var stranger = Visitor();
        var adminMails = app.Smtp.MessagesTo(DemoAdmin).Count; // other tests here may ask for the admin's reset codes

        // "Send a new code" for a confirmed account, the demo administrator's too, sends nothing.
        var page = await stranger.SubmitAsync($"/account/confirm?for={Uri.EscapeDataString(email)}", "resend", []);
        await stranger.SubmitAsync($"/account/confirm?for={Uri.EscapeDataString(DemoAdmin)}", "resend", []);
        await Task.Delay(1500);
        Assert.Single(app.Smtp.MessagesTo(email));
        Assert.Equal(adminMails, app.Smtp.MessagesTo(DemoAdmin).Count);

        // Even a genuine code for the account (here a password-reset code) does not sign in through the confirm page.
        await stranger.SubmitAsync("/account/forgot-password", "forgot-password", new() { ["Input.Identifier"] = email });
        var reset = Browserless.CodeIn((await app.Smtp.WaitForMessageAsync(email, count: 2)).TextBody);
        var attempt = await stranger.SubmitAsync(page, "confirm", ConfirmFields(reset, "Stranger-Pass-9"));
        Assert.Contains("Код қате немесе енді жарамсыз", attempt.Text);
        Assert.DoesNotContain("Шығу", attempt.Text);
        Assert.DoesNotContain("Шығу", (await SignInAsync(email, "Stranger-Pass-9")).Text);
        Assert.Contains("Шығу", (await SignInAsync(email, Password)).Text);
    }

    [Fact]
    public async Task WrongCodesCountAcrossResendsAndLockTheCodeFlow()
    {
        var email = $"guess-{Guid.NewGuid():N}@example.kz";
        var (visitor, confirm, code) = await SignUpByEmailAsync(email);
        // Three cycles of four wrong codes and a resend, each after the (growing) wait.
        TimeSpan[] waits = [TimeSpan.FromSeconds(61), TimeSpan.FromSeconds(121), TimeSpan.FromSeconds(241)];
        for (var cycle = 0; cycle < 3; cycle++)
        {
            for (var i = 0; i < 4; i++)
                await visitor.SubmitAsync(confirm.Url, "confirm", ConfirmFields(Other(code)));
            app.Time.Advance(waits[cycle]);
            await visitor.SubmitAsync(confirm.Url, "resend", []);
            code = Browserless.CodeIn((await app.Smtp.WaitForMessageAsync(email, count: cycle + 2)).TextBody);
        }
        // The newest code, right as it is, no longer confirms: the code flow of this account is locked.
        var page = await visitor.SubmitAsync(confirm.Url, "confirm", ConfirmFields(code));
        Assert.Contains("Кодпен растау 15 минутқа бұғатталды", page.Text);
        Assert.DoesNotContain("Шығу", page.Text);
    }

    [Fact]
    public async Task ASecondSignUpWithTheSamePhoneLeavesTheFirstPersonsPassword()
    {
        var phone = $"+7702{Random.Shared.Next(1000000, 9999999)}";
        var a = Visitor();
        var aConfirm = await a.SubmitAsync("/account/sign-up", "sign-up", new() { ["Input.Channel"] = "phone", ["Input.Identifier"] = phone });
        // B signs up with A's phone while A's account is unconfirmed, and would choose another password.
        var b = Visitor();
        var bConfirm = await b.SubmitAsync("/account/sign-up", "sign-up", new() { ["Input.Channel"] = "phone", ["Input.Identifier"] = phone });
        Assert.Equal(aConfirm.Url, bConfirm.Url);
        var bTry = await b.SubmitAsync(bConfirm, "confirm", ConfirmFields("123456", "Bs-Own-Pass-2"));
        Assert.DoesNotContain("Шығу", bTry.Text);

        // A confirms with the code on A's phone, choosing A's password there.
        var home = await a.SubmitAsync(aConfirm, "confirm", ConfirmFields(await LatestSmsCodeAsync(phone)));
        Assert.Equal("/", home.Url);

        Assert.DoesNotContain("Шығу", (await SignInAsync(phone, "Bs-Own-Pass-2")).Text);
        Assert.Contains("Шығу", (await SignInAsync(phone, Password)).Text);
    }

    [Fact]
    public async Task SigningInToAnUnconfirmedAccountSendsNothing()
    {
        var phone = $"+7705{Random.Shared.Next(1000000, 9999999)}";
        await Visitor().SubmitAsync("/account/sign-up", "sign-up", new() { ["Input.Channel"] = "phone", ["Input.Identifier"] = phone });
        await LatestSmsCodeAsync(phone);
        app.Time.Advance(TimeSpan.FromMinutes(10));
        for (var i = 0; i < 3; i++)
            Assert.Contains("Телефон, электрондық пошта немесе құпиясөз қате.", (await SignInAsync(phone, $"Any-Pass-{i}")).Text);
        await Task.Delay(1000);
        var outbox = app.Services.GetRequiredService<OutboxSmsGateway>();
        Assert.Single(await outbox.LatestAsync(500), m => m.Phone == phone);
    }

    private async Task<string> LatestSmsCodeAsync(string phone)
    {
        var outbox = app.Services.GetRequiredService<OutboxSmsGateway>();
        for (var i = 0; i < 150; i++)
        {
            if ((await outbox.LatestAsync(500)).FirstOrDefault(m => m.Phone == phone) is { } sms)
                return Browserless.CodeIn(sms.Text);
            await Task.Delay(100);
        }
        throw new TimeoutException($"No SMS to {phone}.");
    }

    [Fact]
    public async Task TheAdministratorStillSignsInWhileAStrangerHammersTheCodeFlow()
    {
        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator);
        var stranger = Visitor();
        var reset = await stranger.SubmitAsync("/account/forgot-password", "forgot-password", new() { ["Input.Identifier"] = admin.Email! });
        Browserless.Page page = reset;
        for (var i = 0; i < 6; i++)
            page = await stranger.SubmitAsync(reset.Url, "reset-password", new()
            {
                ["Input.Code"] = "000000", ["Input.Password"] = "Stranger-Pass-9", ["Input.ConfirmPassword"] = "Stranger-Pass-9",
            });
        Assert.Contains("Кодпен растау 15 минутқа бұғатталды", page.Text);

        // Password and authenticator still work: the code lock is not the password lock.
        var visitor = await AppAccounts.SignInAsync(app, admin);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/review")).Status);
    }

    [Fact]
    public async Task AStrangerTypingWrongPasswordsCannotLockOutAnAdministrator()
    {
        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator);
        for (var i = 0; i < 8; i++)
            Assert.DoesNotContain("Шығу", (await SignInAsync(admin.Email!, $"Wrong-Pass-{i}")).Text);

        // A password alone never signs in where a second factor is enrolled, so wrong ones lock nothing there.
        var visitor = await AppAccounts.SignInAsync(app, admin);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/review")).Status);
    }

    [Fact]
    public async Task AStaffSignInWithoutTheSecondFactorDoesNotReachTheBoard()
    {
        // Enrolled: the password leads to the code page, not to a session.
        var enrolled = await AppAccounts.CreateAsync(app, Roles.Administrator);
        var visitor = Visitor();
        var step = await visitor.SubmitAsync("/account/sign-in", "sign-in", new() { ["Input.Identifier"] = enrolled.Email!, ["Input.Password"] = Password });
        Assert.StartsWith("/account/two-factor", step.Url);
        Assert.StartsWith("/account/sign-in", (await visitor.GetAsync("/review")).Url);
        var wrong = await visitor.SubmitAsync(step, "two-factor", new() { ["Input.Code"] = Other(AppAccounts.SecondFactorCode(enrolled.Email!)) });
        Assert.Contains("Аутентификатор коды немесе қалпына келтіру коды қате.", wrong.Text);
        Assert.StartsWith("/account/sign-in", (await visitor.GetAsync("/review")).Url);

        // Not enrolled yet (an Observer too): the password leads to enrolment, still no session.
        var observer = await AppAccounts.CreateAsync(app, Roles.Observer, enrolSecondFactor: false);
        var newcomer = Visitor();
        var enrol = await newcomer.SubmitAsync("/account/sign-in", "sign-in", new() { ["Input.Identifier"] = observer.Email!, ["Input.Password"] = Password });
        Assert.Contains("enrol-authenticator", enrol.Html);
        Assert.Contains("data:image/png;base64,", enrol.Html);
        Assert.StartsWith("/account/sign-in", (await newcomer.GetAsync("/review")).Url);

        // Enrolling shows ten recovery codes once; one of them signs in instead of the app's code.
        var key = AppAccounts.KeyOnPage(enrol);
        var codes = await newcomer.SubmitAsync(enrol, "enrol-authenticator", new() { ["Enrol.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        var recovery = RecoveryCode().Matches(codes.Html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, recovery.Count);
        Assert.Equal(HttpStatusCode.OK, (await newcomer.GetAsync("/review")).Status);

        var later = Visitor();
        var second = await later.SubmitAsync("/account/sign-in", "sign-in", new() { ["Input.Identifier"] = observer.Email!, ["Input.Password"] = Password });
        var signedIn = await later.SubmitAsync(second, "two-factor", new() { ["Input.Code"] = recovery[0] });
        Assert.Contains("Шығу", signedIn.Text);
    }

    [Fact]
    public async Task AnAccountDisabledBetweenThePasswordAndTheSecondFactorGetsNoSession()
    {
        var observer = await AppAccounts.CreateAsync(app, Roles.Observer, enrolSecondFactor: false);
        var visitor = Visitor();
        var enrol = await visitor.SubmitAsync("/account/sign-in", "sign-in", new() { ["Input.Identifier"] = observer.Email!, ["Input.Password"] = Password });
        Assert.Contains("enrol-authenticator", enrol.Html);
        var key = AppAccounts.KeyOnPage(enrol);

        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<AccountService>()
                .SetDisabledAsync(observer.Id, true, new BlazorRegistry.Core.Audit.AuditActor("another-admin", null))).Succeeded);

        // The half-signed-in cookie from before is worth nothing now, right code or not.
        await visitor.SubmitAsync(enrol, "enrol-authenticator", new() { ["Enrol.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.StartsWith("/account/sign-in", (await visitor.GetAsync("/review")).Url);
        Assert.StartsWith("/account/sign-in", (await visitor.GetAsync("/account/two-factor")).Url);
    }

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCode();

    [Fact]
    public async Task FiveWrongCodesLockTheCodeFlowWhetherOrNotTheIdentifierHasAnAccount()
    {
        // An account waiting for its code, and an address nobody signed up with: the lock after five wrong
        // codes must not tell them apart, on the confirm page or the reset page.
        var waiting = $"w{Guid.NewGuid():N}@example.kz";
        await Visitor().SubmitAsync("/account/sign-up", "sign-up", new() { ["Input.Channel"] = "email", ["Input.Identifier"] = waiting });
        var nobody = $"w{Guid.NewGuid():N}@example.kz";
        foreach (var page in new[] { "confirm", "reset-password" })
        {
            var answers = new Dictionary<string, string>();
            foreach (var id in new[] { waiting, nobody })
            {
                Browserless.Page answer = null!;
                for (var i = 0; i < 6; i++)
                    answer = await Visitor().SubmitAsync($"/account/{page}?for={Uri.EscapeDataString(id)}", page, ConfirmFields(i % 2 == 0 ? "000000" : "111111"));
                answers[id] = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(answer.Html).QuerySelector(".registry-form-errors")?.TextContent.Trim() ?? "";
            }
            if (page == "confirm")
                Assert.Contains("15 минутқа бұғатталды", answers[nobody]);
            Assert.Equal(answers[waiting], answers[nobody]);
        }
    }

    [Fact]
    public async Task TheAccountPagesAnswerTheSameForKnownAndUnknownIdentifiers()
    {
        var applicant = await ConfirmedApplicantAsync();
        // Same first letter and domain, so even the masked identifier reads the same.
        (string Known, string Unknown)[] pairs =
        [
            (DemoAdmin, $"a{Guid.NewGuid():N}@registry.local"),
            (applicant, $"a{Guid.NewGuid():N}@example.kz"),
        ];
        foreach (var (known, unknown) in pairs)
        {
            async Task<string> SignUpAsync(string id) =>
                Normalise((await Visitor().SubmitAsync("/account/sign-up", "sign-up", new() { ["Input.Channel"] = "email", ["Input.Identifier"] = id })).Html, id);
            async Task<string> ConfirmAsync(string id) =>
                Normalise((await Visitor().SubmitAsync($"/account/confirm?for={Uri.EscapeDataString(id)}", "confirm", ConfirmFields("123456"))).Html, id);
            async Task<string> ResendAsync(string id) =>
                Normalise((await Visitor().SubmitAsync($"/account/confirm?for={Uri.EscapeDataString(id)}", "resend", [])).Html, id);
            async Task<string> ForgotAsync(string id) =>
                Normalise((await Visitor().SubmitAsync("/account/forgot-password", "forgot-password", new() { ["Input.Identifier"] = id })).Html, id);
            async Task<string> ResetAsync(string id) =>
                Normalise((await Visitor().SubmitAsync($"/account/reset-password?for={Uri.EscapeDataString(id)}", "reset-password", ConfirmFields("123456"))).Html, id);
            async Task<string> WrongPasswordAsync(string id) => Normalise((await SignInAsync(id, "Wrong-Pass-9")).Html, id);

            Assert.Equal(await SignUpAsync(known), await SignUpAsync(unknown));
            Assert.Equal(await ConfirmAsync(known), await ConfirmAsync(unknown));
            Assert.Equal(await ResendAsync(known), await ResendAsync(unknown));
            Assert.Equal(await ForgotAsync(known), await ForgotAsync(unknown));
            Assert.Equal(await ResetAsync(known), await ResetAsync(unknown));
            Assert.Equal(await WrongPasswordAsync(known), await WrongPasswordAsync(unknown));
        }

        // An account that has used a reset code, and one waiting for a confirmation code that has since
        // expired: a used or expired code once answered otherwise than a stranger's guess does.
        var reset = await ConfirmedApplicantAsync();
        var resetter = Visitor();
        var forgot = await resetter.SubmitAsync("/account/forgot-password", "forgot-password", new() { ["Input.Identifier"] = reset });
        var resetCode = Browserless.CodeIn((await app.Smtp.WaitForMessageAsync(reset, count: 2)).TextBody);
        Assert.Contains("Құпиясөз өзгертілді", (await resetter.SubmitAsync(forgot, "reset-password", ConfirmFields(resetCode, "Second-Pass-2"))).Text);
        var waiting = $"a{Guid.NewGuid():N}@example.kz";
        await Visitor().SubmitAsync("/account/sign-up", "sign-up", new() { ["Input.Channel"] = "email", ["Input.Identifier"] = waiting });
        var waitingCode = Browserless.CodeIn((await app.Smtp.WaitForMessageAsync(waiting)).TextBody);
        app.Time.Advance(OneTimeCode.Lifetime + TimeSpan.FromSeconds(1));
        string ErrorsOf(Browserless.Page page) =>
            new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.Html).QuerySelector(".registry-form-errors")?.TextContent.Trim() ?? "";
        var nobody = $"a{Guid.NewGuid():N}@example.kz";
        Assert.Equal(
            ErrorsOf(await Visitor().SubmitAsync($"/account/reset-password?for={Uri.EscapeDataString(nobody)}", "reset-password", ConfirmFields(resetCode))),
            ErrorsOf(await Visitor().SubmitAsync($"/account/reset-password?for={Uri.EscapeDataString(reset)}", "reset-password", ConfirmFields(resetCode))));
        Assert.Equal(
            ErrorsOf(await Visitor().SubmitAsync($"/account/confirm?for={Uri.EscapeDataString(nobody)}", "confirm", ConfirmFields(waitingCode))),
            ErrorsOf(await Visitor().SubmitAsync($"/account/confirm?for={Uri.EscapeDataString(waiting)}", "confirm", ConfirmFields(waitingCode))));

        // The same work: an unknown identifier hashes a dummy password, so it takes about as long.
        var knownTime = await MedianSignInTimeAsync(applicant);
        var unknownTime = await MedianSignInTimeAsync($"a{Guid.NewGuid():N}@example.kz");
        Assert.True(unknownTime > knownTime * 0.3, $"unknown {unknownTime} ms against known {knownTime} ms");

        // And no header tells the server's time.
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        var response = await client.GetAsync("/account/sign-in");
        Assert.False(response.Headers.Contains("Server-Timing"));
    }

    [Fact]
    public async Task TheCodePagesAnswerNoSoonerThanTheirFloorWhoeverAsks()
    {
        // A wrong code for a real account waits for the database's write lock; one for nobody only hashes.
        // Both answer no sooner than the floor, so the time says nothing about who has an account.
        foreach (var page in new[] { "confirm", "reset-password" })
        {
            var visitor = Visitor();
            var form = await visitor.GetAsync($"/account/{page}?for={Uri.EscapeDataString($"nobody-{Guid.NewGuid():N}@example.kz")}");
            var watch = Stopwatch.StartNew();
            await visitor.SubmitAsync(form, page, ConfirmFields("000000"));
            Assert.True(watch.Elapsed >= BlazorRegistry.App.Components.Account.EvenTiming.CodeCheckFloor, $"{page}: {watch.ElapsedMilliseconds} ms");
        }
    }

    private async Task<double> MedianSignInTimeAsync(string identifier)
    {
        var visitor = Visitor();
        var page = await visitor.GetAsync("/account/sign-in");
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            await visitor.SubmitAsync(page, "sign-in", new() { ["Input.Identifier"] = identifier, ["Input.Password"] = $"Wrong-Pass-{i}" });
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return times.Order().ElementAt(2);
    }

    /// <summary>
    /// The page without what differs per request anyway: the antiforgery token, Blazor's markers and (encrypted) state, the
    /// language switch's link back to the address typed, and the identifier itself where the address holds it.
    /// </summary>
    private static string Normalise(string html, string identifier) =>
        ReturnUrl().Replace(BlazorMarker().Replace(AntiforgeryValue().Replace(html, "value=\"\""), ""), "returnUrl=")
            .Replace(Uri.EscapeDataString(identifier), "{identifier}").Replace(identifier, "{identifier}");

    [GeneratedRegex("returnUrl=[^\"&]*", RegexOptions.IgnoreCase)]
    private static partial Regex ReturnUrl();

    [GeneratedRegex("(?<=name=\"__RequestVerificationToken\" )value=\"[^\"]*\"|value=\"[^\"]*\"(?= name=\"__RequestVerificationToken\")")]
    private static partial Regex AntiforgeryValue();

    [GeneratedRegex("<!--Blazor(:|-Server-Component-State:)[^>]*-->")]
    private static partial Regex BlazorMarker();

    [Fact]
    public async Task ACodesTextIsGoneFromEveryTableAfterDelivery()
    {
        var email = $"secret-{Guid.NewGuid():N}@example.kz";
        var (_, _, code) = await SignUpByEmailAsync(email);
        var factory = app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var userId = (await db.Users.SingleAsync(u => u.Email == email)).Id;
        for (var i = 0; i < 50 && await db.Notifications.AnyAsync(n => n.UserId == userId && n.Status == DeliveryStatus.Pending); i++)
            await Task.Delay(100);

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            // The Development SMS outbox stands in for a phone: it may keep what it "received".
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'SmsOutbox'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        }
        Assert.Contains("Notifications", tables);
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                for (var column = 0; column < reader.FieldCount; column++)
                    if (reader.GetValue(column) is string text)
                        Assert.False(text.Contains(code), $"{table}.{reader.GetName(column)} holds the code: {text}");
        }
    }
}

/// <summary>Outside Development nobody reads the SMS outbox, so a code must not sit there in clear (issue #12, point 7).</summary>
public class ProductionSmsOutbox(ProductionSmsOutbox.Factory app) : IClassFixture<ProductionSmsOutbox.Factory>
{
    public sealed class Factory : RegistryAppFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            Microsoft.AspNetCore.Hosting.HostingAbstractionsWebHostBuilderExtensions.UseEnvironment(builder, "Production");
        }
    }

    [Fact]
    public async Task ACodeSentBySmsIsMaskedInTheOutbox()
    {
        // Through the services, not the form: Production's cookies are Secure, and this test server is plain HTTP.
        var phone = $"+7705{Random.Shared.Next(1000000, 9999999)}";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountSeeder>().SeedAsync([]);
            var user = (await scope.ServiceProvider.GetRequiredService<AccountService>().StartSignUpAsync(phone, BlazorRegistry.Core.Language.Kazakh)).Value!.AwaitingCode!;
            Assert.True((await scope.ServiceProvider.GetRequiredService<BlazorRegistry.App.Components.Account.CodeSender>().SendAsync(user, CodePurpose.ConfirmAccount, null)).Succeeded);
        }
        var outbox = app.Services.GetRequiredService<OutboxSmsGateway>();
        SmsOutboxMessage? sms = null;
        for (var i = 0; i < 150 && sms is null; i++, await Task.Delay(100))
            sms = (await outbox.LatestAsync(500)).FirstOrDefault(m => m.Phone == phone);

        Assert.NotNull(sms);
        Assert.Contains("••••••", sms.Text);
        Assert.DoesNotMatch(@"(?<!\d)\d{6}(?!\d)", sms.Text);
    }
}
