using System.Net;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Tests.Support;

namespace BlazorRegistry.Tests.Web.Admin;

/// <summary>Issue #17, point 1, over HTTP: an administrator keeps the reference lists at /admin/reference; nobody else can.</summary>
public class ReferenceAdminPage(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    [Fact]
    public async Task ARefusedRowKeepsWhatWasTypedAndSaysWhyInThePageLanguage()
    {
        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator, language: "ru");
        using var client = await AppAccounts.SignInAsync(app, admin, "ru-RU");
        var page = await client.GetAsync("/admin/reference?list=Regions");
        Assert.Contains("область Абай", page.Text);

        var refused = await client.SubmitAsync(page, "reference-item", new Dictionary<string, string> { ["nameKk"] = "", ["nameRu"] = "Новая область", ["code"] = "7" });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Код не соответствует требованиям", refused.Text);
        Assert.Contains("value=\"Новая область\"", refused.Html);

        var saved = await client.SubmitAsync(refused, "reference-item", new Dictionary<string, string> { ["nameKk"] = "Жаңа облыс", ["nameRu"] = "Новая область", ["code"] = "81" });
        Assert.Contains("Изменение сохранено.", saved.Text);
        Assert.Contains("Жаңа облыс", saved.Text);
        // The audit page words the change.
        Assert.Contains("Регионы, № 1001: добавлена строка — Жаңа облыс / Новая область", (await client.GetAsync("/admin/audit")).Text);
    }

    [Fact]
    public async Task ARenameShowsOnThePublicRegisterAtOnceAndARetiredRowIsMarked()
    {
        using var visitor = new Browserless(app.ServerAddress, "kk-KZ");
        Assert.Contains("Шымкент қаласы", (await visitor.GetAsync("/register")).Text);
        using (var again = await visitor.RawGetAsync("/register"))
            Assert.Equal("hit", again.Headers.GetValues("X-Registry-Cache").Single()); // the page is cached now

        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator);
        using var client = await AppAccounts.SignInAsync(app, admin);
        var form = await client.GetAsync("/admin/reference?list=Regions&edit=20");
        Assert.Contains("value=\"Шымкент қаласы\"", form.Html);
        var saved = await client.SubmitAsync(form, "reference-item", new Dictionary<string, string> { ["nameKk"] = "Шымкент шаһары", ["nameRu"] = "город Шымкент" });
        Assert.Contains("Өзгеріс сақталды.", saved.Text);
        var register = (await visitor.GetAsync("/register")).Text;
        Assert.Contains("Шымкент шаһары", register);
        Assert.DoesNotContain("Шымкент қаласы", register);

        var retired = await client.PostFormAsync(saved, "/admin/reference/Regions/20/retire");
        Assert.Contains("Өзгеріс сақталды.", retired.Text);
        Assert.Contains("Қолданыстан шығарылған", retired.Text);
    }

    [Fact]
    public async Task AProfessionsRequiredDocumentsAreTheTickedBoxes()
    {
        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator);
        using var client = await AppAccounts.SignInAsync(app, admin);
        var form = await client.GetAsync("/admin/reference?list=Professions&edit=12");
        var saved = await client.SubmitPairsAsync(form, "reference-item",
            [("nameKk", "Массажист"), ("nameRu", "Массажист"), ("scale", "SocialWork"), ("documents", "1"), ("documents", "6")]);
        Assert.Contains("Өзгеріс сақталды.", saved.Text);
        var row = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(saved.Html).QuerySelector("tr[data-id='12']")!.TextContent;
        Assert.Contains("Жеке басын куәландыратын құжат, Қайта даярлау / біліктілікті арттыру туралы сертификат", row);
        Assert.DoesNotContain("диплом", row);
    }

    [Fact]
    public async Task AnObserverCanNeitherOpenNorChangeTheLists()
    {
        var observer = await AppAccounts.CreateAsync(app, Roles.Observer);
        using var client = await AppAccounts.SignInAsync(app, observer);
        // A valid antiforgery token of the observer's own (from the sign-out form of any page): only the role is missing.
        var home = await client.GetAsync("/");
        var token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(home.Html).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var response = await client.RawPostAsync("/admin/reference/Regions/1/retire", new() { ["__RequestVerificationToken"] = token });
        // Refused before the endpoint runs: never the redirect back to the list.
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Location?.OriginalString.StartsWith("/admin/reference", StringComparison.Ordinal) ?? false);
        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator);
        using var adminClient = await AppAccounts.SignInAsync(app, admin);
        // Nor can a page elsewhere post with the administrator's cookie: no antiforgery token, nothing changes.
        using (var forged = await adminClient.RawPostAsync("/admin/reference/Regions/1/retire", []))
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Қолданыста", (await adminClient.GetAsync("/admin/reference?list=Regions")).Html.Split("data-id=\"1\"")[1].Split("</tr>")[0]);
    }
}
