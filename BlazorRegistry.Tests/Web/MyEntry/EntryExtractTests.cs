using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Audit;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Register;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Web.MyEntry;

/// <summary>
/// The extract of one's own entry (issue #20): a PDF in Kazakh or Russian, read back with poppler's pdftotext
/// as a reader would, and the page its QR code opens.
/// </summary>
public partial class EntryExtracts(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    private async Task<(RegistryUser User, string Number, string Iin)> RegisteredAsync(string surname)
    {
        var user = await AppAccounts.CreateAsync(app, Roles.Applicant);
        // No consent: the extract is the specialist's own document, whatever the public register shows.
        var number = await Registered.CreateAsync(app.Services, user.Id, surname, "Гүлнар", new Consent(false));
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        return (user, number, (await db.RegisterEntries.SingleAsync(e => e.Number == number)).Iin!);
    }

    [Theory]
    [InlineData("kk", "Арнаулы әлеуметтік қызметтер көрсететін мамандардың тізілімінен үзінді", "ЖСН", "Тізілімге енгізілген күні", "Жазба тізілімде бар және үзінді берілгеннен бері өзгерген жоқ.")]
    [InlineData("ru", "Выписка из реестра специалистов, оказывающих специальные социальные услуги", "ИИН", "Дата включения в реестр", "Запись есть в реестре и не изменялась с момента выдачи выписки.")]
    public async Task ASpecialistDownloadsTheirExtractAndItsCodeConfirmsTheEntry(string lang, string title, string iinLabel, string column10, string current)
    {
        var surname = lang == "kk" ? "Үзіндіқызы" : "Выпискина";
        var (user, number, iin) = await RegisteredAsync(surname);
        using var specialist = await AppAccounts.SignInAsync(app, user);

        var (status, type, fileName, body) = await specialist.DownloadAsync($"/my-entry/extract.pdf?lang={lang}");
        Assert.Equal((HttpStatusCode.OK, "application/pdf", $"{number}-{lang}.pdf"), (status, type, fileName));
        Assert.Equal("%PDF"u8.ToArray(), body[..4]);
        if (Environment.GetEnvironmentVariable("REGISTRY_SCREENSHOTS") is { Length: > 0 } folder)
            await File.WriteAllBytesAsync(Path.Combine(folder, $"extract-{lang}.pdf"), body);
        var text = await PdfTextAsync(body);
        Assert.Contains(title, text);
        Assert.Contains($"{surname} Гүлнар Әлиұлы", text);
        Assert.Contains($"{iinLabel} {iin}", text);
        Assert.Contains(column10, text);
        Assert.Contains("Мәңгілік Ел даңғылы", text); // not published, but it is their own extract
        Assert.Contains(number, text);

        // The address the QR code carries is printed beside it; anybody may open it.
        var url = new Uri(VerifyUrl().Match(text).Value);
        using var stranger = new Browserless(app.ServerAddress, lang == "kk" ? "kk-KZ" : "ru-RU");
        var page = await stranger.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(current, page.Text);
        Assert.Contains($"{surname} Гүлнар Әлиұлы", page.Text);
        // Only what the paper names: no IIN, no date of birth, no phone, no address.
        foreach (var hidden in new[] { iin, "15.05.1990", "1990", "701", "Мәңгілік" })
            Assert.DoesNotContain(hidden, page.Text);
    }

    [Fact]
    public async Task TheCodeSaysWhenTheEntryChangedOrLeftTheRegister()
    {
        var (user, number, _) = await RegisteredAsync("Өзгерісова");
        using var specialist = await AppAccounts.SignInAsync(app, user);
        Assert.Equal(HttpStatusCode.OK, (await specialist.DownloadAsync("/my-entry/extract.pdf")).Status);
        Assert.Equal(HttpStatusCode.OK, (await specialist.DownloadAsync("/my-entry/extract.pdf")).Status);
        string code;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync())
            code = (await db.EntryExtracts.SingleAsync(x => x.Number == number)).Code; // the same extract twice: one row
        using var visitor = new Browserless(app.ServerAddress, "ru-RU");
        Assert.Contains("не изменялась", (await visitor.GetAsync($"/register/verify/{code}")).Text);

        var entries = app.Services.GetRequiredService<EntryService>();
        app.Time.Advance(TimeSpan.FromMinutes(5)); // the app's clock is the test's
        Assert.True((await entries.ChangeContactsAsync(user.Id, new ContactData("8 777 111 22 33", null), new AuditActor(user.Id, null))).Succeeded);
        Assert.Contains("после выдачи выписки она была изменена", (await visitor.GetAsync($"/register/verify/{code}")).Text);
        // Downloaded after the change, it is a new extract with a code of its own.
        Assert.Equal(HttpStatusCode.OK, (await specialist.DownloadAsync("/my-entry/extract.pdf")).Status);
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync())
            Assert.Equal(2, await db.EntryExtracts.CountAsync(x => x.Number == number));

        var today = BlazorRegistry.Core.Calendar.KazakhstanTime.Today(app.Time);
        Assert.True((await entries.ExcludeAsync(number, new AuditActor("admin", null), ExclusionReason.OwnRequest, today, "Өтініш бойынша")).Succeeded);
        var gone = await visitor.GetAsync($"/register/verify/{code}");
        Assert.Contains("Запись исключена из реестра", gone.Text);
        Assert.Contains("выписка недействительна", gone.Text);
        // And an excluded entry gives no new extract.
        Assert.Equal(HttpStatusCode.NotFound, (await specialist.DownloadAsync("/my-entry/extract.pdf")).Status);
    }

    [Fact]
    public async Task NobodyElseGetsAnExtractAndNoMadeUpCodeGetsAnAnswer()
    {
        var (_, number, _) = await RegisteredAsync("Бөтенқызы");
        using var anonymous = new Browserless(app.ServerAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.DownloadAsync("/my-entry/extract.pdf")).Status);
        // Another applicant gets their own extract or none: there is no way to name somebody else's entry.
        using var other = await AppAccounts.SignInAsync(app, await AppAccounts.CreateAsync(app, Roles.Applicant));
        Assert.Equal(HttpStatusCode.NotFound, (await other.DownloadAsync($"/my-entry/extract.pdf?number={number}")).Status);

        foreach (var code in new[] { "AAAAAAAAAAAAAAAAAAAAAA", number, "x" })
        {
            var page = await anonymous.GetAsync($"/register/verify/{Uri.EscapeDataString(code)}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains("Мұндай кодпен үзінді берілмеген", page.Text);
            Assert.DoesNotContain("Бөтенқызы", page.Text);
        }
    }

    [Fact]
    public async Task OnePersonGetsTenExtractsAMinuteAtMost()
    {
        var (user, _, _) = await RegisteredAsync("Шектеуова");
        using var specialist = await AppAccounts.SignInAsync(app, user);
        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.OK, (await specialist.DownloadAsync($"/my-entry/extract.pdf?lang={(i % 2 == 0 ? "kk" : "ru")}")).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await specialist.DownloadAsync("/my-entry/extract.pdf")).Status);
        // Somebody else is not held back by it.
        var (other, _, _) = await RegisteredAsync("Басқақызы");
        using var second = await AppAccounts.SignInAsync(app, other);
        Assert.Equal(HttpStatusCode.OK, (await second.DownloadAsync("/my-entry/extract.pdf")).Status);
    }

    /// <summary>The PDF's text as poppler reads it (the test command installs poppler-utils), whitespace folded.</summary>
    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"extract-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            return Regex.Replace(text, @"\s+", " ");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"https?://\S+/register/verify/[A-Za-z0-9_-]{22}")]
    private static partial Regex VerifyUrl();
}
