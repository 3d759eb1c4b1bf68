using System.Net;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Web.Security;

/// <summary>
/// Every endpoint that changes state, read from the running app's own routing table (not a hand list),
/// refuses a POST that carries the victim's cookie but no antiforgery token: a cross-site form cannot
/// sign someone out or make an administrator disable an account.
/// </summary>
public class StateChangingEndpoints(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    /// <summary>The routing table's endpoints that accept something other than GET and HEAD, as URLs to post to.</summary>
    public static IReadOnlyList<string> PostTargets(IServiceProvider services, string sampleId) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods
                        || methods.HttpMethods.Any(m => m is not ("GET" or "HEAD")))
            // SignalR's handshake for Blazor's live connection (negotiate, disconnect): it changes nothing of
            // the signed-in person, and a circuit only starts from component descriptors the server signed.
            .Where(e => !e.RoutePattern.RawText!.StartsWith("/_blazor", StringComparison.Ordinal) && !e.RoutePattern.RawText.StartsWith("_blazor", StringComparison.Ordinal))
            .Select(e => Url(e.RoutePattern, sampleId))
            .Distinct()
            .ToList();

    private static string Url(RoutePattern pattern, string sampleId) => "/" + string.Join('/', pattern.PathSegments.Select(segment =>
        string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart { Name: "action" } => "disable",
            RoutePatternParameterPart { Name: "language" } => "ru",
            RoutePatternParameterPart { Name: "Number" or "number" } => "RS-2026-000001",
            RoutePatternParameterPart { Name: "Step" or "step" } => "1",
            RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content?.StartsWith("int") == true) => "1",
            RoutePatternParameterPart => sampleId,
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))));

    [Fact]
    public async Task NoneAcceptsAPostWithoutAnAntiforgeryToken()
    {
        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator);
        var victim = await AppAccounts.CreateAsync(app, Roles.Applicant);
        using var visitor = await AppAccounts.SignInAsync(app, admin);
        var targets = PostTargets(app.Services, victim.Id);
        // The routing table really was read: the posts this test exists for are in it.
        Assert.Contains("/account/sign-out", targets);
        Assert.Contains($"/admin/users/{victim.Id}/disable", targets);
        Assert.True(targets.Count >= 10, string.Join(", ", targets));

        // Refused: 400 (no token), or sent to sign in or to "access denied" before anything runs.
        var accepted = new List<string>();
        foreach (var url in targets)
        {
            using var response = await visitor.RawPostAsync(url, new() { ["_handler"] = "any" });
            var refused = response.StatusCode == HttpStatusCode.BadRequest
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/", StringComparison.Ordinal)
                    && !url.StartsWith("/account/", StringComparison.Ordinal));
            if (!refused)
                accepted.Add($"{url}: {(int)response.StatusCode} {response.Headers.Location}");
        }
        Assert.Empty(accepted);

        // And nothing happened: the account is enabled and the administrator still signed in.
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Null((await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<RegistryUser>>().FindByIdAsync(victim.Id))!.DisabledAtUtc);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/admin/users")).Status);
    }

    [Fact]
    public async Task TheSameFormsWorkWithTheirToken()
    {
        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator);
        var victim = await AppAccounts.CreateAsync(app, Roles.Applicant);
        using var visitor = await AppAccounts.SignInAsync(app, admin);
        var users = await visitor.GetAsync("/admin/users?q=" + Uri.EscapeDataString(victim.UserName!));
        await visitor.PostFormAsync(users, $"/admin/users/{victim.Id}/disable");
        await using var scope = app.Services.CreateAsyncScope();
        Assert.NotNull((await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<RegistryUser>>().FindByIdAsync(victim.Id))!.DisabledAtUtc);
    }

    [Fact]
    public async Task TheUsersPageShowsTheDayAnAccountWasCreatedInKazakhstan()
    {
        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator);
        var observer = await AppAccounts.CreateAsync(app, Roles.Observer);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<RegistryUser>>();
            var stored = (await users.FindByIdAsync(observer.Id))!;
            stored.CreatedAtUtc = new DateTime(2026, 11, 30, 20, 30, 0, DateTimeKind.Utc); // 01:30 on 1 December in Astana
            await users.UpdateAsync(stored);
        }
        using var visitor = await AppAccounts.SignInAsync(app, admin);
        var page = await visitor.GetAsync("/admin/users?q=" + Uri.EscapeDataString(observer.UserName!));
        var row = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.Html).QuerySelectorAll("tr").Single(r => r.TextContent.Contains(observer.UserName!));
        Assert.Contains("01.12.2026", row.TextContent);
        Assert.DoesNotContain("30.11.2026", row.TextContent);
    }
}
