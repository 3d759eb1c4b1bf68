using System.Net;
using System.Text;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Files;
using BlazorRegistry.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Web.Security;

/// <summary>
/// Every page and endpoint of the running app (read from its routing table, not listed by hand) requested
/// by each kind of visitor. The expected answer of each cell is in <see cref="Expected"/>; a route missing
/// from it fails the test, so a new page cannot ship without someone deciding who may see it.
/// Applicant B asks with applicant A's ids: what is A's is "not found" to B; so does an organisation's clerk
/// (issue #16), whose organisation files nothing of A's.
/// </summary>
public class RouteRoleMatrix(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    /// <summary>What a visitor gets: the page, "not found", or sent to sign in or to "access denied" before anything runs.</summary>
    public enum Answer { Ok, NotFound, Forbidden, SignIn, Denied, Redirect }

    private const Answer Ok = Answer.Ok, NotFound = Answer.NotFound, Forbidden = Answer.Forbidden, SignIn = Answer.SignIn, Denied = Answer.Denied,
        Redirect = Answer.Redirect;

    /// <summary>Route → (anonymous, applicant A, applicant B with A's ids, an organisation's clerk with A's ids, observer, administrator).</summary>
    private static readonly Dictionary<string, (Answer Anonymous, Answer ApplicantA, Answer ApplicantB, Answer Clerk, Answer Observer, Answer Administrator)> Expected = new()
    {
        ["/"] = (Ok, Ok, Ok, Ok, Ok, Ok),
        ["/Error"] = (Ok, Ok, Ok, Ok, Ok, Ok),
        // The page a missing address is re-executed to (with 404); asked for by name it is just a page.
        ["/not-found"] = (Ok, Ok, Ok, Ok, Ok, Ok),
        ["/culture/{language}"] = (Redirect, Redirect, Redirect, Redirect, Redirect, Redirect),
        ["/health"] = (Ok, Ok, Ok, Ok, Ok, Ok),
        // For orchestrators (issue #14): anybody may ask; they name no person.
        ["/health/live"] = (Ok, Ok, Ok, Ok, Ok, Ok),
        ["/health/ready"] = (Ok, Ok, Ok, Ok, Ok, Ok),
        // Accounts: open to everybody (a signed-in person may still reset a password or read "access denied").
        ["/account/sign-in"] = (Ok, Ok, Ok, Ok, Ok, Ok),
        ["/account/sign-up"] = (Ok, Ok, Ok, Ok, Ok, Ok),
        ["/account/confirm"] = (Ok, Ok, Ok, Ok, Ok, Ok),
        ["/account/forgot-password"] = (Ok, Ok, Ok, Ok, Ok, Ok),
        ["/account/reset-password"] = (Ok, Ok, Ok, Ok, Ok, Ok),
        ["/account/access-denied"] = (Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden),
        // Only in the middle of a staff sign-in (password given, second factor pending); otherwise back to sign in.
        ["/account/two-factor"] = (SignIn, SignIn, SignIn, SignIn, SignIn, SignIn),
        // The public register, its exports and the open-data API: everybody (staff see more columns).
        ["/register"] = (Ok, Ok, Ok, Ok, Ok, Ok),
        ["/register/{Number}"] = (Ok, Ok, Ok, Ok, Ok, Ok),
        ["/register/check"] = (Ok, Ok, Ok, Ok, Ok, Ok),
        ["/register/statistics"] = (Ok, Ok, Ok, Ok, Ok, Ok),
        ["/register/export.csv"] = (Ok, Ok, Ok, Ok, Ok, Ok),
        ["/register/export.xlsx"] = (Ok, Ok, Ok, Ok, Ok, Ok),
        ["/api/register"] = (Ok, Ok, Ok, Ok, Ok, Ok),
        ["/openapi/{documentName}.json"] = (Ok, Ok, Ok, Ok, Ok, Ok),
        // The applicant's own pages.
        ["/apply"] = (SignIn, Ok, Ok, Ok, Denied, Denied),
        ["/apply/{Step:int}"] = (SignIn, Ok, Ok, Ok, Denied, Denied),
        ["/my-application"] = (SignIn, Ok, Ok, Ok, Denied, Denied),
        // An organisation's pages: any signed-in person may register one; a draft's page shows only to its
        // specialist and the organisation's people (ApplicationAccess), to anyone else "not found".
        ["/organisation"] = (SignIn, Ok, Ok, Ok, Denied, Denied),
        ["/organisation/applications/{ApplicationId:int}"] = (SignIn, Ok, Ok, Ok, Denied, Denied),
        ["/organisation/applications/{ApplicationId:int}/{Step:int}"] = (SignIn, Ok, Ok, Ok, Denied, Denied),
        ["/organisation/staff-template.csv"] = (SignIn, Ok, Ok, Ok, Denied, Denied),
        ["/organisation/applications.csv"] = (SignIn, Ok, Ok, Ok, Denied, Denied),
        ["/organisation/staff-template.xlsx"] = (SignIn, Ok, Ok, Ok, Denied, Denied),
        // The specialist's confirmation: the link's token, then a code, open it; no account needed.
        ["/specialist/{Token}"] = (Ok, Ok, Ok, Ok, Ok, Ok),
        ["/my-entry"] = (SignIn, Ok, Ok, Ok, Denied, Denied),
        // The extract of one's own entry: neither A nor B is registered here, so neither has one.
        ["/my-entry/extract.pdf"] = (SignIn, NotFound, NotFound, NotFound, Denied, Denied),
        // Where an extract's QR code leads: anybody; a code the register did not issue gets "not issued" and nothing more.
        ["/register/verify/{Code}"] = (Ok, Ok, Ok, Ok, Ok, Ok),
        ["/inbox"] = (SignIn, Ok, Ok, Ok, Ok, Ok),
        // A scan: its owner and staff; anybody else gets "not found", as if it did not exist.
        ["/files/{id}"] = (SignIn, Ok, NotFound, NotFound, Ok, Ok),
        // Staff.
        ["/review"] = (SignIn, Denied, Denied, Denied, Ok, Ok),
        ["/review/{Id:int}"] = (SignIn, Denied, Denied, Denied, Ok, Ok),
        ["/review/organisations"] = (SignIn, Denied, Denied, Denied, Ok, Ok),
        ["/statistics"] = (SignIn, Denied, Denied, Denied, Ok, Ok),
        ["/statistics/{figure}.csv"] = (SignIn, Denied, Denied, Denied, Ok, Ok),
        ["/admin/users"] = (SignIn, Denied, Denied, Denied, Denied, Ok),
        ["/admin/audit"] = (SignIn, Denied, Denied, Denied, Denied, Ok),
        ["/admin/deliveries"] = (SignIn, Denied, Denied, Denied, Denied, Ok),
        ["/admin/calendar"] = (SignIn, Denied, Denied, Denied, Denied, Ok),
        ["/admin/reference"] = (SignIn, Denied, Denied, Denied, Denied, Ok),
        ["/admin/audit/export.csv"] = (SignIn, Denied, Denied, Denied, Denied, Ok),
        // Development only: stands in for a phone (ProductionCookies checks it is absent in Production).
        ["/dev/sms"] = (Ok, Ok, Ok, Ok, Ok, Ok),
    };

    [Fact]
    public async Task EveryRouteAnswersEachKindOfVisitorAsDecided()
    {
        _ = app.ServerAddress;
        var applicantA = await AppAccounts.CreateAsync(app, Roles.Applicant);
        var applicantB = await AppAccounts.CreateAsync(app, Roles.Applicant);
        var clerk = await AppAccounts.CreateAsync(app, Roles.Applicant);
        Assert.True((await app.Services.GetRequiredService<BlazorRegistry.Core.Organisations.OrganisationService>().StartAsync(clerk.Id, TestBins.Next())).Succeeded);
        var observer = await AppAccounts.CreateAsync(app, Roles.Observer);
        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator);
        var fileOfA = (await app.Services.GetRequiredService<FileStore>().SaveAsync(applicantA.Id, "scan.pdf", new MemoryStream("%PDF-1.4 a"u8.ToArray()))).Value!.Id;
        var number = await Registered.CreateAsync(app.Services, $"matrix-{Guid.NewGuid():N}", "Матрицова", "Әсел", new Consent(true));
        var applicationOfA = await Registered.SubmittedAsync(app.Services, applicantA.Id, "Қаржаубаева", "Дана");
        var values = new Dictionary<string, string>
        {
            ["language"] = "ru", ["Number"] = number, ["Step"] = "2", ["id"] = fileOfA, ["Id"] = applicationOfA.ToString(), ["documentName"] = "v1", ["Code"] = "AAAAAAAAAAAAAAAAAAAAAA",
            ["ApplicationId"] = applicationOfA.ToString(), ["Token"] = new string('0', 32), ["figure"] = "returns",
        };

        var routes = GetRoutes(app.Services);
        var unknown = routes.Where(r => !Expected.ContainsKey(r)).ToList();
        Assert.True(unknown.Count == 0, "Routes nobody decided about (add them to Expected): " + string.Join(", ", unknown));
        Assert.Empty(Expected.Keys.Except(routes)); // and no stale rows

        var visitors = new (string Name, Browserless Client)[]
        {
            ("anonymous", new Browserless(app.ServerAddress)),
            ("applicant A", await AppAccounts.SignInAsync(app, applicantA)),
            ("applicant B", await AppAccounts.SignInAsync(app, applicantB)),
            ("organisation clerk", await AppAccounts.SignInAsync(app, clerk)),
            ("observer", await AppAccounts.SignInAsync(app, observer)),
            ("administrator", await AppAccounts.SignInAsync(app, admin)),
        };
        var wrong = new StringBuilder();
        foreach (var route in routes)
        {
            var expected = Expected[route];
            var row = new[] { expected.Anonymous, expected.ApplicantA, expected.ApplicantB, expected.Clerk, expected.Observer, expected.Administrator };
            var url = Fill(route, values);
            for (var i = 0; i < visitors.Length; i++)
            {
                using var response = await visitors[i].Client.RawGetAsync(url);
                var actual = AnswerOf(response);
                if (actual != row[i])
                    wrong.AppendLine($"{url} as {visitors[i].Name}: {actual} ({(int)response.StatusCode} {response.Headers.Location}), expected {row[i]}");
            }
        }
        foreach (var (_, client) in visitors)
            client.Dispose();
        Assert.True(wrong.Length == 0, wrong.ToString());
    }

    /// <summary>GET routes of the app's routing table, less static files and Blazor's own connection endpoints.</summary>
    private static List<string> GetRoutes(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains(HttpMethods.Get))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            // Static files (MapStaticAssets: scripts, styles, images) are public by nature; _blazor is the live connection.
            .Where(r => !r.StartsWith("/_", StringComparison.Ordinal) && !IsStaticFile(r))
            .Distinct()
            .Order()
            .ToList();

    private static bool IsStaticFile(string route) => route.Contains(":file}", StringComparison.Ordinal) ||
        Path.GetExtension(route) is ".css" or ".js" or ".png" or ".ico" or ".woff" or ".woff2" or ".map" or ".gz" or ".br" or ".svg" or ".json" && !route.StartsWith("/openapi", StringComparison.Ordinal);

    private static string Fill(string route, Dictionary<string, string> values) =>
        System.Text.RegularExpressions.Regex.Replace(route, @"\{(\w+)[^}]*\}", m => Uri.EscapeDataString(values[m.Groups[1].Value]));

    private static Answer AnswerOf(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.OK => Ok,
        HttpStatusCode.NotFound => NotFound,
        HttpStatusCode.Forbidden => Forbidden,
        HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/account/sign-in", StringComparison.Ordinal) => SignIn,
        HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/account/access-denied", StringComparison.Ordinal) => Denied,
        HttpStatusCode.Redirect => Redirect,
        _ => (Answer)(-(int)response.StatusCode),
    };
}
