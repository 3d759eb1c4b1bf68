using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Web.Accounts;

/// <summary>
/// The menu offers what fits where the person stands. A registered specialist who pressed "apply" used to
/// get a new, almost empty draft, and their registration went out of view.
/// </summary>
public class ApplicantMenu(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    private async Task<string[]> MenuLinksAsync(RegistryUser user)
    {
        using var visitor = await AppAccounts.SignInAsync(app, user);
        var page = await visitor.GetAsync("/");
        return new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.Html)
            .QuerySelectorAll(".registry-desktop-menu nav a").Select(a => a.GetAttribute("href")!).ToArray();
    }

    [Fact]
    public async Task ANewApplicantIsOfferedToApplyAndNothingElse()
    {
        var user = await AppAccounts.CreateAsync(app, Roles.Applicant);
        Assert.Equal(["/", "/register", "/apply"], await MenuLinksAsync(user));
    }

    [Fact]
    public async Task AnApplicantWithADraftSeesTheirApplicationToo()
    {
        var user = await AppAccounts.CreateAsync(app, Roles.Applicant);
        await app.Services.GetRequiredService<ApplicationService>().GetOrStartDraftAsync(user.Id);
        Assert.Equal(["/", "/register", "/apply", "/my-application"], await MenuLinksAsync(user));
    }

    [Fact]
    public async Task ARegisteredSpecialistSeesTheirEntryAndIsNotOfferedANewApplication()
    {
        var user = await AppAccounts.CreateAsync(app, Roles.Applicant);
        await Registered.CreateAsync(app.Services, user.Id, "Әбенова", "Гүлнар", new Consent(true));
        Assert.Equal(["/", "/register", "/my-application", "/my-entry"], await MenuLinksAsync(user));
    }
}
