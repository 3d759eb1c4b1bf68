using BlazorRegistry.Core;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Notifications;
using BlazorRegistry.Core.Organisations;
using BlazorRegistry.Core.Rules;
using BlazorRegistry.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Core.Organisations;

/// <summary>Issue #16, point 1: several people per organisation, each joining only by accepting; nothing told about strangers.</summary>
public class Colleagues
{
    private static Message Words(Organisation o, Language l) => new($"invite {o.Bin} {l}", "body", "sms");

    private static async Task<(TestDatabase Test, AsyncServiceScope Scope, ColleagueService Service, string Director)> OrganisationAsync()
    {
        var test = await TestDatabase.CreateAsync();
        await using (var roles = test.Services.CreateAsyncScope())
            await roles.ServiceProvider.GetRequiredService<AccountSeeder>().SeedAsync([]);
        var scope = test.Services.CreateAsyncScope();
        var director = await UserAsync(scope, "+77015550900");
        var started = (await test.Get<OrganisationService>().StartAsync(director, TestBins.Next())).Value!;
        // Nobody checked an organisation yet: it sends nothing in its name.
        Assert.Equal(ErrorCode.OrganisationNotVerified,
            Assert.Single((await scope.ServiceProvider.GetRequiredService<ColleagueService>().InviteAsync(director, "+77015550999", Language.Kazakh, Words)).Errors).Code);
        await using (var db = test.NewContext())
            await db.Organisations.Where(o => o.Id == started.Id).ExecuteUpdateAsync(u => u.SetProperty(o => o.Status, OrganisationStatus.Verified));
        return (test, scope, scope.ServiceProvider.GetRequiredService<ColleagueService>(), director);
    }

    private static async Task<string> UserAsync(AsyncServiceScope scope, string phone)
    {
        await scope.ServiceProvider.GetRequiredService<AccountService>().StartSignUpAsync(phone, Language.Kazakh);
        return (await scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>().FindByNameAsync(phone))!.Id;
    }

    [Fact]
    public async Task AColleagueSeesTheOrganisationsDraftsOnlyAfterAccepting()
    {
        var (test, scope, service, director) = await OrganisationAsync();
        await using var _ = test;
        await using var __ = scope;
        var draft = (await scope.ServiceProvider.GetRequiredService<SpecialistConfirmationService>().StartApplicationAsync(director)).Value!;
        var applications = test.Get<ApplicationService>();

        // Invited by a phone that had no account: the account is created (unconfirmed), the invitation and its notice queued together.
        Assert.True((await service.InviteAsync(director, "8 701 555 09 01", Language.Russian, Words)).Succeeded);
        var colleague = (await scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>().FindByNameAsync("+77015550901"))!.Id;
        await using (var db = test.NewContext())
            Assert.Equal("sms", (await db.Notifications.SingleAsync(n => n.UserId == colleague && n.Channel == NotificationChannel.Sms)).Body);
        Assert.Null(await applications.LoadOwnAsync(draft.Id, colleague));
        var pending = Assert.Single(await service.PendingForAsync(colleague));
        Assert.Contains(await service.ColleaguesAsync(director), c => c.UserId == colleague && c.Pending);

        // Somebody else cannot accept it for them.
        var stranger = await UserAsync(scope, "+77015550902");
        Assert.Equal(ErrorCode.InvitationInvalid, Assert.Single((await service.AcceptAsync(stranger, pending.Id)).Errors).Code);
        Assert.Null(await applications.LoadOwnAsync(draft.Id, stranger));

        Assert.True((await service.AcceptAsync(colleague, pending.Id)).Succeeded);
        Assert.NotNull(await applications.LoadOwnAsync(draft.Id, colleague));
        Assert.Contains(await service.ColleaguesAsync(director), c => c.UserId == colleague && c.Role == OrganisationRole.Staff);
        // Staff fill applications; only the organisation's administrator invites.
        Assert.Equal(ErrorCode.OrganisationNotAdministrator, Assert.Single((await service.InviteAsync(colleague, "+77015550903", Language.Kazakh, Words)).Errors).Code);
        Assert.Empty(await service.ColleaguesAsync(colleague));
    }

    [Fact]
    public async Task InvitingSomeoneOfAnotherOrganisationAnswersTheSameAndDoesNothing()
    {
        var (test, scope, service, director) = await OrganisationAsync();
        await using var _ = test;
        await using var __ = scope;
        var otherDirector = await UserAsync(scope, "+77015550910");
        Assert.True((await test.Get<OrganisationService>().StartAsync(otherDirector, TestBins.Next())).Succeeded);

        Assert.True((await service.InviteAsync(director, "+77015550910", Language.Kazakh, Words)).Succeeded);
        Assert.True((await service.InviteAsync(director, "+77015550911", Language.Kazakh, Words)).Succeeded);
        Assert.True((await service.InviteAsync(director, "+77015550911", Language.Kazakh, Words)).Succeeded); // twice: one invitation
        Assert.Empty(await service.PendingForAsync(otherDirector));
        await using var db = test.NewContext();
        Assert.Equal(1, await db.ColleagueInvitations.CountAsync());
        Assert.Equal(ErrorCode.IdentifierInvalid, Assert.Single((await service.InviteAsync(director, "not a phone", Language.Kazakh, Words)).Errors).Code);
    }

    [Fact]
    public async Task AnOrganisationIsNoOpenMessageGateway()
    {
        var (test, scope, service, director) = await OrganisationAsync();
        await using var _ = test;
        await using var __ = scope;
        for (var i = 0; i < ColleagueService.InvitationsPerDay; i++)
            Assert.True((await service.InviteAsync(director, $"+7701556{i:D4}", Language.Kazakh, Words)).Succeeded);
        Assert.Equal(ErrorCode.InvitationLimitReached, Assert.Single((await service.InviteAsync(director, "+77015569999", Language.Kazakh, Words)).Errors).Code);
        await using var db = test.NewContext();
        Assert.Equal(ColleagueService.InvitationsPerDay, await db.Notifications.CountAsync(n => n.Channel == NotificationChannel.Sms));
    }
}
