using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Rules;
using BlazorRegistry.Tests.Support;

namespace BlazorRegistry.Tests.Core.Applications;

public class ApplicationServiceDrafts
{
    [Fact]
    public async Task StartsOneDraftAndFindsItAgain()
    {
        await using var test = await TestDatabase.CreateAsync();
        var service = test.Get<ApplicationService>();
        var first = await service.GetOrStartDraftAsync("applicant-1");
        var again = await service.GetOrStartDraftAsync("applicant-1");
        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, (await service.GetOrStartDraftAsync("applicant-2")).Id);
    }

    [Fact]
    public async Task SavesASectionAndReturnsTheNewVersion()
    {
        await using var test = await TestDatabase.CreateAsync();
        var service = test.Get<ApplicationService>();
        var draft = await service.GetOrStartDraftAsync("applicant-1");
        var saved = await service.SavePersonalDataAsync(draft.Id, "applicant-1", draft.Version,
            new PersonalData("Сейтқали", "Нұрлан", null, new DateOnly(1990, 5, 15), "900515300018"));
        Assert.True(saved.Succeeded);
        Assert.NotEqual(draft.Version, saved.Value!.Version);
        var loaded = await service.LoadOwnAsync(draft.Id, "applicant-1");
        Assert.Equal("Нұрлан", loaded!.Personal.GivenName);
    }

    [Fact]
    public async Task RefusesAWriteFromAStaleScreen()
    {
        await using var test = await TestDatabase.CreateAsync();
        var service = test.Get<ApplicationService>();
        var draft = await service.GetOrStartDraftAsync("applicant-1");
        await service.SaveProfessionAsync(draft.Id, "applicant-1", draft.Version, new ProfessionData(1, 1, 0));
        var stale = await service.SaveProfessionAsync(draft.Id, "applicant-1", draft.Version, new ProfessionData(2, 2, 0));
        Assert.Equal(ErrorCode.ConcurrencyConflict, Assert.Single(stale.Errors).Code);
    }

    [Fact]
    public async Task NobodyElseCanReadOrChangeADraft()
    {
        await using var test = await TestDatabase.CreateAsync();
        var service = test.Get<ApplicationService>();
        var draft = await service.GetOrStartDraftAsync("applicant-1");
        Assert.Null(await service.LoadOwnAsync(draft.Id, "applicant-2"));
        var attempt = await service.SavePersonalDataAsync(draft.Id, "applicant-2", draft.Version, PersonalData.Empty);
        Assert.Equal(ErrorCode.ApplicationNotFound, Assert.Single(attempt.Errors).Code);
    }

    [Fact]
    public async Task SubmitListsWhatIsMissing()
    {
        await using var test = await TestDatabase.CreateAsync();
        var service = test.Get<ApplicationService>();
        var draft = await service.GetOrStartDraftAsync("applicant-1");
        var result = await service.SubmitAsync(draft.Id, "applicant-1", draft.Version);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == ErrorCode.EducationMissing);
        Assert.Empty(test.Events.Published);
    }

    [Fact]
    public async Task SubmitPublishesAfterCommitWithTheDeadline()
    {
        await using var test = await TestDatabase.CreateAsync();
        var (service, id) = await SeedCompleteDraftAsync(test);
        var draft = await service.LoadOwnAsync(id, "applicant-1");
        var result = await service.SubmitAsync(id, "applicant-1", draft!.Version);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        Assert.Equal(new DateOnly(2026, 3, 30), result.Value!.DecisionDeadline);
        var published = Assert.Single(test.Events.Published);
        Assert.Equal((ApplicationEventKind.Submitted, id), (published.Kind, published.ApplicationId));
    }

    internal static async Task<(ApplicationService Service, int Id)> SeedCompleteDraftAsync(TestDatabase test, string applicantId = "applicant-1",
        string surname = "Сейтқали", string givenName = "Нұрлан")
    {
        var service = test.Get<ApplicationService>();
        var draft = await service.GetOrStartDraftAsync(applicantId);
        await using var db = test.NewContext();
        var a = db.Applications.Single(x => x.Id == draft.Id);
        TestApplications.Fill(a, surname, givenName);
        await db.SaveChangesAsync();
        return (service, a.Id);
    }

    internal static async Task<int> SeedSubmittedAsync(TestDatabase test, string applicantId = "applicant-1",
        string surname = "Сейтқали", string givenName = "Нұрлан")
    {
        var (service, id) = await SeedCompleteDraftAsync(test, applicantId, surname, givenName);
        var draft = await service.LoadOwnAsync(id, applicantId);
        var result = await service.SubmitAsync(id, applicantId, draft!.Version);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        return id;
    }
}
