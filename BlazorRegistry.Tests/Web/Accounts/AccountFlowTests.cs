using BlazorRegistry.Core;
using System.Net;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Notifications;
using BlazorRegistry.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Web.Accounts;

/// <summary>Sign-up, confirmation, sign-in and password reset through the real app, codes from a real SMTP server and the SMS outbox.</summary>
public class AccountFlows(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    private const string Password = "Strong-Pass-1";
    private static int _counter;

    private static string NewEmail() => $"user{Interlocked.Increment(ref _counter)}-{Guid.NewGuid():N}@example.kz";

    private static string NewPhone() => $"+7701{Random.Shared.Next(1000000, 9999999)}";

    private Browserless Visitor(string language = "kk-KZ") => new(app.ServerAddress, language);

    private static Dictionary<string, string> SignUpFields(string channel, string identifier) => new()
    {
        ["Input.Channel"] = channel,
        ["Input.Identifier"] = identifier,
    };

    /// <summary>The code and the password chosen with it.</summary>
    private static Dictionary<string, string> ConfirmFields(string code, string password = Password) => new()
    {
        ["Input.Code"] = code,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
    };

    private async Task<string> SmsCodeAsync(string phone, int count = 1) => Browserless.CodeIn(await SmsAsync(phone, count));

    /// <summary>The language toggle's link to Russian, as a browser sends it (<paramref name="from"/> sets where it came from).</summary>
    private static async Task SwitchToRussianAsync(Browserless visitor, Action<HttpRequestMessage> from)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/culture/ru?returnUrl=/");
        from(request);
        (await visitor.RawSendAsync(request)).Dispose();
    }

    private async Task<Language> LanguageOfAsync(string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>().FindByNameAsync(userName))!.PreferredLanguage;
    }

    /// <summary>The latest SMS to <paramref name="phone"/>, once there are <paramref name="count"/>.</summary>
    private async Task<string> SmsAsync(string phone, int count = 1)
    {
        var outbox = app.Services.GetRequiredService<OutboxSmsGateway>();
        for (var i = 0; i < 150; i++)
        {
            var messages = (await outbox.LatestAsync(500)).Where(m => m.Phone == phone).ToList();
            if (messages.Count >= count)
                return messages[0].Text;
            await Task.Delay(100);
        }
        throw new TimeoutException($"No SMS number {count} to {phone}.");
    }

    private async Task<(Browserless Visitor, Browserless.Page Confirm, string Code)> SignUpByEmailAsync(string email, string language = "kk-KZ")
    {
        var visitor = Visitor(language);
        var confirm = await visitor.SubmitAsync("/account/sign-up", "sign-up", SignUpFields("email", email));
        var mail = await app.Smtp.WaitForMessageAsync(email);
        return (visitor, confirm, Browserless.CodeIn(mail.TextBody));
    }

    [Fact]
    public async Task SignUpByEmailSendsTheCodeInKazakhAndSignsInAsApplicant()
    {
        var email = NewEmail();
        var (visitor, confirm, code) = await SignUpByEmailAsync(email);
        Assert.StartsWith("/account/confirm?for=", confirm.Url);
        Assert.Contains("***@example.kz", confirm.Text);

        var mail = app.Smtp.MessagesTo(email).Single();
        Assert.Equal("Мамандар тізілімі: растау коды", mail.Subject);
        Assert.Contains("5 минут жарамды", mail.TextBody);

        var home = await visitor.SubmitAsync(confirm, "confirm", ConfirmFields(code));
        Assert.Equal("/", home.Url);
        Assert.Contains("Шығу", home.Text);
        Assert.Contains(email, home.Text);

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        Assert.True(user.EmailConfirmed);
        Assert.True(await users.IsInRoleAsync(user, Roles.Applicant));
        Assert.Equal(Language.Kazakh, user.PreferredLanguage);
    }

    [Fact]
    public async Task ARussianSpeakerGetsTheCodeInRussian()
    {
        var email = NewEmail();
        await SignUpByEmailAsync(email, "ru-RU");
        var mail = app.Smtp.MessagesTo(email).Single();
        Assert.Equal("Реестр специалистов: код подтверждения", mail.Subject);
        Assert.Contains("Код действует 5 мин.", mail.TextBody);
    }

    [Theory]
    [InlineData("8 701 555 00 01", "+7 701 *** ** 01 нөміріндегі тіркелгі", "SMS арқылы")]
    [InlineData("Nurlan.S@Example.KZ", "n***@example.kz мекенжайындағы тіркелгі", "электрондық пошта арқылы")]
    public async Task OneFieldTakesAPhoneOrAnEmailAndTheNextPageSaysWhichItUnderstood(string typed, string who, string how)
    {
        var unique = typed.Contains('@') ? typed.Replace("Nurlan.S", $"n{Guid.NewGuid():N}") : NewPhone();
        if (!typed.Contains('@'))
            who = $"{unique[..2]} {unique[2..5]} *** ** {unique[^2..]} нөміріндегі тіркелгі";
        var confirm = await Visitor().SubmitAsync("/account/sign-up", "sign-up", new() { ["Input.Identifier"] = unique });
        Assert.StartsWith("/account/confirm?for=", confirm.Url);
        Assert.Contains(who, confirm.Text);
        Assert.Contains(how, confirm.Text);
    }

    [Fact]
    public async Task ThePersonsLanguageFollowsTheToggleWhileSignedInAndEveryLaterMessageSpeaksIt()
    {
        var phone = NewPhone();
        var visitor = Visitor(); // signs up on the Kazakh default
        var confirm = await visitor.SubmitAsync("/account/sign-up", "sign-up", SignUpFields("phone", phone));
        var first = await SmsAsync(phone);
        Assert.StartsWith("Мамандар тізілімі: растау коды", first);
        await visitor.SubmitAsync(confirm, "confirm", ConfirmFields(Browserless.CodeIn(first)));

        // A link on another site does not change the account's language: the browser says the navigation is
        // cross-site, or (an old browser) its Referer is another host.
        await SwitchToRussianAsync(visitor, r => r.Headers.Add("Sec-Fetch-Site", "cross-site"));
        await SwitchToRussianAsync(visitor, r => r.Headers.Referrer = new Uri("https://elsewhere.example/page"));
        Assert.Equal(Language.Kazakh, await LanguageOfAsync(phone));

        // A click on the portal's own toggle (the browser says same-origin) does.
        await SwitchToRussianAsync(visitor, r => r.Headers.Add("Sec-Fetch-Site", "same-origin"));
        Assert.Contains("<html lang=\"ru\"", (await visitor.GetAsync("/")).Html);
        Assert.Equal(Language.Russian, await LanguageOfAsync(phone));

        // The next message, a password-reset code asked for from another device, comes in Russian, short, naming the service.
        await Visitor().SubmitAsync("/account/forgot-password", "forgot-password", new() { ["Input.Identifier"] = phone });
        var sms = await SmsAsync(phone, count: 2);
        Assert.StartsWith("Реестр специалистов: код смены пароля", sms);
        Assert.Equal(1, SmsSegments.Count(sms));

        // A visitor who is not signed in changes only their own cookie.
        var before = await app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContext().Users.CountAsync(u => u.PreferredLanguage == Language.Russian);
        await Visitor().GetAsync("/culture/ru?returnUrl=/");
        Assert.Equal(before, await app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContext().Users.CountAsync(u => u.PreferredLanguage == Language.Russian));
    }

    [Fact]
    public async Task SignUpByPhoneSendsTheCodeBySmsAndAcceptsEitherSpelling()
    {
        var phone = NewPhone();
        var typed = $"8 {phone[2..5]} {phone[5..8]} {phone[8..10]} {phone[10..]}";
        var visitor = Visitor();
        var confirm = await visitor.SubmitAsync("/account/sign-up", "sign-up", SignUpFields("phone", typed));
        Assert.True($"/account/confirm?for={Uri.EscapeDataString(phone)}" == confirm.Url, confirm.Text);

        var home = await visitor.SubmitAsync(confirm, "confirm", ConfirmFields(await SmsCodeAsync(phone)));
        Assert.Equal("/", home.Url);

        // The same account whichever way the number is typed; signing up again changes nothing and sends nothing.
        var again = await Visitor().SubmitAsync("/account/sign-up", "sign-up", SignUpFields("phone", phone));
        Assert.Equal(confirm.Url, again.Url);
        var signedIn = await Visitor().SubmitAsync("/account/sign-in", "sign-in",
            new() { ["Input.Identifier"] = $"+7 ({phone[2..5]}) {phone[5..8]}-{phone[8..10]}-{phone[10..]}", ["Input.Password"] = Password });
        Assert.Equal("/", signedIn.Url);
        Assert.Contains("Шығу", signedIn.Text);
    }

    [Fact]
    public async Task AWrongCodeIsRefusedInThePageLanguage()
    {
        var (visitor, confirm, code) = await SignUpByEmailAsync(NewEmail());
        var wrong = code == "000000" ? "111111" : "000000";
        var page = await visitor.SubmitAsync(confirm, "confirm", ConfirmFields(wrong));
        Assert.Contains("Код қате немесе енді жарамсыз", page.Text);
        Assert.DoesNotContain("Шығу", page.Text);
    }

    [Fact]
    public async Task AnExpiredCodeIsRefused()
    {
        var email = NewEmail();
        var (visitor, confirm, code) = await SignUpByEmailAsync(email);
        app.Time.Advance(OneTimeCode.Lifetime + TimeSpan.FromSeconds(1));
        var page = await visitor.SubmitAsync(confirm, "confirm", ConfirmFields(code));
        Assert.Contains("Код қате немесе енді жарамсыз", page.Text); // the same words as a wrong code: "expired" would tell a stranger an account asked for one
    }

    [Fact]
    public async Task ACodeWorksOnce()
    {
        var (visitor, confirm, code) = await SignUpByEmailAsync(NewEmail());
        await visitor.SubmitAsync(confirm, "confirm", ConfirmFields(code));
        // Once confirmed, the confirm flow no longer answers for the account: the code is just wrong.
        var replay = await Visitor().SubmitAsync(confirm.Url, "confirm", ConfirmFields(code));
        Assert.Contains("Код қате немесе енді жарамсыз", replay.Text);
        Assert.DoesNotContain("Шығу", replay.Text);
    }

    [Fact]
    public async Task FiveWrongCodesLockTheCodeFlowFor15Minutes()
    {
        var (visitor, confirm, code) = await SignUpByEmailAsync(NewEmail());
        var wrong = code == "000000" ? "111111" : "000000";
        Browserless.Page page = confirm;
        for (var i = 1; i <= 4; i++)
        {
            page = await visitor.SubmitAsync(confirm.Url, "confirm", ConfirmFields(wrong));
            Assert.Contains("Код қате немесе енді жарамсыз", page.Text);
        }
        page = await visitor.SubmitAsync(confirm.Url, "confirm", ConfirmFields(wrong));
        Assert.Contains("Кодпен растау 15 минутқа бұғатталды", page.Text);

        page = await visitor.SubmitAsync(confirm.Url, "confirm", ConfirmFields(code));
        Assert.Contains("Кодпен растау 15 минутқа бұғатталды", page.Text);
        Assert.DoesNotContain("Шығу", page.Text);
    }

    [Fact]
    public async Task ANewCodeCanBeAskedForAfter60SecondsAndReplacesTheOldOne()
    {
        var email = NewEmail();
        var (visitor, confirm, first) = await SignUpByEmailAsync(email);
        var early = await visitor.SubmitAsync(confirm, "resend", []);
        Assert.Contains("жаңа код жіберілді", early.Text);
        await Task.Delay(1000);
        Assert.Single(app.Smtp.MessagesTo(email));

        app.Time.Advance(TimeSpan.FromSeconds(61));
        var resent = await visitor.SubmitAsync(confirm.Url, "resend", []);
        Assert.Contains("жаңа код жіберілді", resent.Text);
        var second = Browserless.CodeIn((await app.Smtp.WaitForMessageAsync(email, count: 2)).TextBody);

        if (second != first)
        {
            var old = await visitor.SubmitAsync(confirm.Url, "confirm", ConfirmFields(first));
            Assert.DoesNotContain("Шығу", old.Text);
        }
        var ok = await visitor.SubmitAsync(confirm.Url, "confirm", ConfirmFields(second));
        Assert.Equal("/", ok.Url);
    }

    [Fact]
    public async Task SignInWorksByEmailInAnyCaseAndLocksAfterFiveWrongPasswords()
    {
        var email = NewEmail();
        var (visitor, confirm, code) = await SignUpByEmailAsync(email);
        await visitor.SubmitAsync(confirm, "confirm", ConfirmFields(code));

        var ok = await Visitor().SubmitAsync("/account/sign-in", "sign-in", new() { ["Input.Identifier"] = email.ToUpperInvariant(), ["Input.Password"] = Password });
        Assert.Contains("Шығу", ok.Text);

        var attacker = Visitor();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await attacker.SubmitAsync("/account/sign-in", "sign-in", new() { ["Input.Identifier"] = email, ["Input.Password"] = "Wrong-Pass-9" });
            Assert.DoesNotContain("Шығу", wrong.Text);
        }
        // Locked: even the right password does not sign in, and the answer is word for word the one an
        // unknown identifier gets after as many tries, so a lockout tells nobody that the account exists.
        var locked = await attacker.SubmitAsync("/account/sign-in", "sign-in", new() { ["Input.Identifier"] = email, ["Input.Password"] = Password });
        Assert.DoesNotContain("Шығу", locked.Text);
        var nobody = NewEmail();
        Browserless.Page unknown = null!;
        for (var i = 0; i < 6; i++)
            unknown = await attacker.SubmitAsync("/account/sign-in", "sign-in", new() { ["Input.Identifier"] = nobody, ["Input.Password"] = "Wrong-Pass-9" });
        Assert.Equal(ErrorsOf(unknown), ErrorsOf(locked));
        Assert.Contains("15 минутқа тоқтатылады", ErrorsOf(locked));
    }

    private static string ErrorsOf(Browserless.Page page) =>
        string.Join(" ", new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.Html).QuerySelectorAll(".registry-form-errors").Select(e => e.TextContent.Trim()));

    [Fact]
    public async Task AnUnknownAccountAndAWrongPasswordLookTheSame()
    {
        var unknown = await Visitor().SubmitAsync("/account/sign-in", "sign-in", new() { ["Input.Identifier"] = NewEmail(), ["Input.Password"] = Password });
        Assert.Contains("Телефон, электрондық пошта немесе құпиясөз қате.", unknown.Text);
    }

    [Fact]
    public async Task ForgottenPasswordIsResetByACodeOnTheSameChannel()
    {
        var email = NewEmail();
        var (visitor, confirm, code) = await SignUpByEmailAsync(email);
        await visitor.SubmitAsync(confirm, "confirm", ConfirmFields(code));

        var resetter = Visitor();
        var reset = await resetter.SubmitAsync("/account/forgot-password", "forgot-password", new() { ["Input.Identifier"] = email });
        Assert.StartsWith("/account/reset-password", reset.Url);
        var mail = await app.Smtp.WaitForMessageAsync(email, count: 2);
        Assert.Equal("Мамандар тізілімі: құпиясөзді өзгерту коды", mail.Subject);

        var signIn = await resetter.SubmitAsync(reset, "reset-password", new()
        {
            ["Input.Code"] = Browserless.CodeIn(mail.TextBody),
            ["Input.Password"] = "Brand-New-Pass-2",
            ["Input.ConfirmPassword"] = "Brand-New-Pass-2",
        });
        Assert.Contains("Құпиясөз өзгертілді", signIn.Text);

        var old = await Visitor().SubmitAsync("/account/sign-in", "sign-in", new() { ["Input.Identifier"] = email, ["Input.Password"] = Password });
        Assert.Contains("Телефон, электрондық пошта немесе құпиясөз қате.", old.Text);
        var fresh = await Visitor().SubmitAsync("/account/sign-in", "sign-in", new() { ["Input.Identifier"] = email, ["Input.Password"] = "Brand-New-Pass-2" });
        Assert.Contains("Шығу", fresh.Text);
    }

    [Fact]
    public async Task PasswordRulesAreExplainedInThePageLanguage()
    {
        var (visitor, confirm, code) = await SignUpByEmailAsync(NewEmail(), "ru-RU");
        var page = await visitor.SubmitAsync(confirm, "confirm", ConfirmFields(code, "short"));
        Assert.Contains("Пароль должен содержать не менее 8 символов.", page.Text);
        Assert.Contains("Пароль должен содержать хотя бы одну цифру.", page.Text);
    }

    [Fact]
    public async Task TheCodeIsNeverStoredInClear()
    {
        var email = NewEmail();
        var (_, _, code) = await SignUpByEmailAsync(email);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var userId = (await db.Users.SingleAsync(u => u.Email == email)).Id;
        var stored = await db.OneTimeCodes.SingleAsync(c => c.UserId == userId);
        Assert.Equal(32, stored.Hash.Length);
        Assert.DoesNotContain(code, Convert.ToHexString(stored.Hash) + Convert.ToBase64String(stored.Hash));
    }

    [Fact]
    public async Task TheInboxKeepsEveryMessageWithAnUnreadCount()
    {
        var email = NewEmail();
        var (visitor, confirm, code) = await SignUpByEmailAsync(email);
        var home = await visitor.SubmitAsync(confirm, "confirm", ConfirmFields(code));
        Assert.Contains("data-testid=\"unread-count\">1<", home.Html);

        var inbox = await visitor.GetAsync("/inbox");
        Assert.Contains("Мамандар тізілімі: растау коды", inbox.Text);
        // The inbox says a code was sent, never the code.
        Assert.Contains("код мұнда көрсетілмейді", inbox.Text);
        Assert.DoesNotContain(code, inbox.Text);
        var after = await visitor.GetAsync("/");
        Assert.DoesNotContain("unread-count", after.Html);
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        var (visitor, confirm, code) = await SignUpByEmailAsync(NewEmail());
        var home = await visitor.SubmitAsync(confirm, "confirm", ConfirmFields(code));
        var after = await visitor.PostFormAsync(home, "/account/sign-out");
        Assert.Contains("Кіру", after.Text);
        Assert.DoesNotContain("Шығу", after.Text);
        var inbox = await visitor.GetAsync("/inbox");
        Assert.StartsWith("/account/sign-in", inbox.Url);
    }
}
