using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Audit;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Register;
using BlazorRegistry.Core.Review;
using BlazorRegistry.Core.Rules;
using BlazorRegistry.Tests.Core.Applications;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Tests.Core.Register;

/// <summary>A register entry after registration: consent, contacts, amendments, exclusion (issue #15).</summary>
public class EntryLife
{
    private static readonly AuditActor Admin = new("admin", "127.0.0.1");

    private static async Task<string> RegisterAsync(TestDatabase test, string applicantId = "a1", string surname = "Сейтқали", string givenName = "Нұрлан")
    {
        var (service, id) = await ApplicationServiceDrafts.SeedCompleteDraftAsync(test, applicantId, surname, givenName);
        var draft = await service.LoadOwnAsync(id, applicantId);
        Assert.True((await service.SubmitAsync(id, applicantId, draft!.Version)).Succeeded);
        return await DecideAsync(test, id);
    }

    private static async Task<string> DecideAsync(TestDatabase test, int id)
    {
        var review = test.Get<ReviewService>();
        await review.ClaimAsync(id, "admin");
        var registered = await review.RegisterAsync(id, "admin");
        Assert.True(registered.Succeeded, string.Join(", ", registered.Errors));
        return registered.Value!.ReferenceNumber!;
    }

    private static async Task<IReadOnlyList<RegisterRow>> PublicAsync(TestDatabase test, string? name = null) =>
        (await test.Get<RegisterService>().SearchAsync(new RegisterQuery(Name: name), RegisterAudience.Public)).Rows;

    [Fact]
    public async Task WithdrawnConsentTakesEffectAtOnceAndEveryChangeIsRecorded()
    {
        await using var test = await TestDatabase.CreateAsync();
        var number = await RegisterAsync(test);
        var entries = test.Get<EntryService>();
        Assert.Single(await PublicAsync(test, "нурлан"));

        Assert.True((await entries.ChangeConsentAsync("a1", publish: false, true, true, true, "2026-2")).Succeeded);
        Assert.Empty(await PublicAsync(test, "нурлан"));
        Assert.Null(await test.Get<RegisterService>().FindAsync(number, RegisterAudience.Public));
        Assert.Empty(await test.Get<RegisterService>().StreamAsync(new RegisterQuery(), RegisterAudience.Public).ToListAsync());
        // Staff still see the entry, as not public.
        Assert.False((await test.Get<RegisterService>().FindAsync(number, RegisterAudience.Staff))!.IsPublic);
        Assert.Contains(test.Events.Published, e => e.Kind == ApplicationEventKind.EntryConsentChanged && e.ReferenceNumber == number);

        // Granted again, narrower: contacts hidden, date of birth shown.
        Assert.True((await entries.ChangeConsentAsync("a1", publish: true, showDateOfBirth: true, showContacts: false, showAddress: false, "2026-2")).Succeeded);
        var row = Assert.Single(await PublicAsync(test, "нурлан"));
        Assert.Null(row.Mobile);
        Assert.Equal(new DateOnly(1990, 5, 15), row.DateOfBirth);

        var entry = await entries.FindOwnAsync("a1");
        Assert.Equal([EntryChange.Included, EntryChange.ConsentChanged, EntryChange.ConsentChanged], entry!.Versions.Select(v => v.Change));
        var withdrawal = entry.Versions[1];
        Assert.Equal((false, "2026-2", "a1"), (withdrawal.Consent.Publish, withdrawal.Consent.TextVersion, withdrawal.ActorId));
        Assert.Equal((true, true, false), (entry.Versions[2].Consent.Publish, entry.Versions[2].Consent.ShowDateOfBirth, entry.Versions[2].Consent.ShowContacts));
    }

    [Fact]
    public async Task NobodyElseCanChangeAnEntryAndUnknownPeopleHaveNone()
    {
        await using var test = await TestDatabase.CreateAsync();
        await RegisterAsync(test);
        var entries = test.Get<EntryService>();
        // Changes are addressed by the signed-in applicant's id only: a stranger's id finds nothing.
        Assert.Equal(ErrorCode.EntryNotFound, (await entries.ChangeConsentAsync("stranger", false, false, false, false, "2026-2")).Errors[0].Code);
        Assert.Equal(ErrorCode.EntryNotFound, (await entries.RequestExclusionAsync("stranger")).Errors[0].Code);
        Assert.Null(await entries.FindOwnAsync("stranger"));
        Assert.Single(await PublicAsync(test));
    }

    [Fact]
    public async Task ContactsChangeAtOnceAfterTheSameChecksAsTheWizardAndAreAudited()
    {
        await using var test = await TestDatabase.CreateAsync();
        await RegisterAsync(test);
        var entries = test.Get<EntryService>();
        var invalid = await entries.ChangeContactsAsync("a1", new ContactData("12345", "not-an-email"), new AuditActor("a1", null));
        Assert.Equal([ErrorCode.PhoneInvalid, ErrorCode.EmailInvalid], invalid.Errors.Select(e => e.Code));

        Assert.True((await entries.ChangeContactsAsync("a1", new ContactData("8 777 111 22 33", "new@example.kz"), new AuditActor("a1", "10.0.0.1"))).Succeeded);
        var row = Assert.Single(await PublicAsync(test));
        Assert.Equal(("+77771112233", "new@example.kz"), (row.Mobile, row.Email));
        await using var db = test.NewContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == AuditAction.ChangedEntryContacts);
        Assert.Equal(("a1", "10.0.0.1"), (audit.ActorId, audit.Address));
    }

    [Fact]
    public async Task AnAmendmentIsReviewedAndThePublicEntryChangesOnlyWhenItIsRegistered()
    {
        await using var test = await TestDatabase.CreateAsync();
        var number = await RegisterAsync(test);
        var service = test.Get<ApplicationService>();

        // "Apply" again opens a copy of the registered data, not an empty draft.
        var amendment = await service.GetOrStartDraftAsync("a1");
        Assert.Equal((ApplicationKind.Amendment, "Сейтқали"), (amendment.Kind, amendment.Personal.Surname));
        Assert.Single(amendment.Employment);
        var changed = (await service.SaveEmploymentAsync(amendment.Id, "a1", amendment.Version,
        [
            amendment.Employment[0] with { FinishedOn = new DateOnly(2025, 12, 31) },
            new EmploymentRecord("«Шапағат» орталығы", TestApplications.ValidBin, "Әлеуметтік қызметкер", "Әлеуметтік қызметкер",
                new DateOnly(2026, 1, 5), null, InSpecialSocialServices: true, "file-new-job"),
        ])).Value!;
        Assert.True((await service.SubmitAsync(amendment.Id, "a1", changed.Version)).Succeeded);

        var entries = test.Get<EntryService>();
        Assert.Equal(EntryState.AmendmentPending, (await entries.FindOwnAsync("a1"))!.State);
        Assert.DoesNotContain(Assert.Single(await PublicAsync(test)).Employment, e => e.Organisation == "«Шапағат» орталығы");
        var submitted = (await service.LoadOwnAsync(amendment.Id, "a1"))!;
        Assert.Equal([ApplicationSection.Employment], submitted.ChangedSinceLastSubmission);

        await DecideAsync(test, amendment.Id);
        var entry = (await entries.FindOwnAsync("a1"))!;
        Assert.Equal((EntryState.Registered, number), (entry.State, entry.Number));
        Assert.Contains(Assert.Single(await PublicAsync(test)).Employment, e => e.Organisation == "«Шапағат» орталығы");
        var amended = entry.Versions.Last();
        Assert.Equal((EntryChange.Amended, amendment.Id), (amended.Change, amended.ApplicationId));
        Assert.Equal([ApplicationSection.Employment], amended.Sections);
    }

    [Fact]
    public async Task ARefusedAmendmentLeavesTheEntryAsRegisteredAndOnlyOneIsPendingAtATime()
    {
        await using var test = await TestDatabase.CreateAsync();
        await RegisterAsync(test);
        var service = test.Get<ApplicationService>();
        var amendment = await service.GetOrStartDraftAsync("a1");
        Assert.True((await service.SubmitAsync(amendment.Id, "a1", amendment.Version)).Succeeded);

        // The domain refuses a second one while the first is pending.
        await using (var db = test.NewContext())
        {
            var entry = await db.RegisterEntries.SingleAsync();
            Assert.Equal(ErrorCode.AmendmentAlreadyPending, Assert.Throws<DomainException>(entry.BeginAmendment).Code);
        }

        var review = test.Get<ReviewService>();
        await review.ClaimAsync(amendment.Id, "admin");
        Assert.True((await review.RefuseAsync(amendment.Id, "admin", RefusalReason.EmigratedPermanently, "Тексеру")).Succeeded);
        Assert.Equal(EntryState.Registered, (await test.Get<EntryService>().FindOwnAsync("a1"))!.State);
        Assert.Single(await PublicAsync(test));
    }

    [Fact]
    public async Task AConsentWithdrawnWhileAnAmendmentWaitsIsNotUndoneByIt()
    {
        await using var test = await TestDatabase.CreateAsync();
        await RegisterAsync(test);
        var service = test.Get<ApplicationService>();
        var amendment = await service.GetOrStartDraftAsync("a1");   // its copy of the consent says "publish"
        Assert.True((await service.SubmitAsync(amendment.Id, "a1", amendment.Version)).Succeeded);
        test.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.True((await test.Get<EntryService>().ChangeConsentAsync("a1", false, false, false, false, "2026-2")).Succeeded);

        await DecideAsync(test, amendment.Id);
        Assert.Empty(await PublicAsync(test));
        Assert.False((await test.Get<EntryService>().FindOwnAsync("a1"))!.IsPublic);
    }

    [Fact]
    public async Task AnExcludedEntryLeavesThePublicRegisterStaysVisibleToStaffAndCannotBeAmended()
    {
        await using var test = await TestDatabase.CreateAsync();
        var number = await RegisterAsync(test);
        var entries = test.Get<EntryService>();
        var today = BlazorRegistry.Core.Calendar.KazakhstanTime.Today(test.Time);

        Assert.Equal(ErrorCode.CommentRequired, (await entries.ExcludeAsync(number, Admin, ExclusionReason.Death, today, " ")).Errors[0].Code);
        Assert.Equal(ErrorCode.ExclusionDateInvalid, (await entries.ExcludeAsync(number, Admin, ExclusionReason.Death, today.AddDays(1), "Анықтама")).Errors[0].Code);
        Assert.Equal(ErrorCode.ExclusionReasonRequired, (await entries.ExcludeAsync(number, Admin, (ExclusionReason)99, today, "Анықтама")).Errors[0].Code);
        Assert.Single(await PublicAsync(test));

        Assert.True((await entries.RequestExclusionAsync("a1")).Succeeded);
        Assert.Single(await PublicAsync(test));    // a request alone changes nothing public
        var requests = new BoardQuery(ExclusionRequestedOnly: true);
        var today0 = today;
        Assert.Equal("Сейтқали Нұрлан Әлиұлы", Assert.Single((await test.Get<ReviewQueue>().SearchAsync(requests, "admin", today0)).Rows).FullName);
        Assert.True((await test.Get<RegisterService>().FindAsync(number, RegisterAudience.Staff))!.ExclusionRequested);
        Assert.False((await test.Get<RegisterService>().FindAsync(number, RegisterAudience.Public))!.ExclusionRequested);
        Assert.True((await entries.ExcludeAsync(number, Admin, ExclusionReason.OwnRequest, today, "Өтініш бойынша")).Succeeded);

        Assert.Empty(await PublicAsync(test));
        Assert.Null(await test.Get<RegisterService>().FindAsync(number, RegisterAudience.Public));
        var staff = (await test.Get<RegisterService>().FindAsync(number, RegisterAudience.Staff))!;
        Assert.Equal((EntryState.Excluded, ExclusionReason.OwnRequest, today), (staff.State, staff.ExclusionReason, staff.ExcludedOn));
        Assert.Contains(test.Events.Published, e => e.Kind == ApplicationEventKind.EntryExcluded);
        Assert.Empty((await test.Get<ReviewQueue>().SearchAsync(requests, "admin", today)).Rows);
        await using (var db = test.NewContext())
            Assert.Single(await db.AuditEntries.Where(a => a.Action == AuditAction.ExcludedEntry && a.ActorId == "admin").ToListAsync());

        // No consent can bring it back, and it cannot be amended.
        Assert.Equal(ErrorCode.EntryExcluded, (await entries.ChangeConsentAsync("a1", true, true, true, true, "2026-2")).Errors[0].Code);
        Assert.Equal(ErrorCode.EntryExcluded, (await test.Get<ApplicationService>().GetOrStartAmendmentAsync("a1")).Errors[0].Code);
        Assert.Equal(ErrorCode.EntryExcluded, (await entries.ExcludeAsync(number, Admin, ExclusionReason.Death, today, "Тағы")).Errors[0].Code);
    }

    [Fact]
    public async Task ANewApplicationAfterAnExclusionStartsANewTermWithANewNumber()
    {
        await using var test = await TestDatabase.CreateAsync();
        var first = await RegisterAsync(test);
        var today = BlazorRegistry.Core.Calendar.KazakhstanTime.Today(test.Time);
        Assert.True((await test.Get<EntryService>().ExcludeAsync(first, Admin, ExclusionReason.EmigratedPermanently, today, "Көшіп кетті")).Succeeded);
        test.Time.Advance(TimeSpan.FromDays(40));

        var draft = await test.Get<ApplicationService>().GetOrStartDraftAsync("a1");
        Assert.Equal(ApplicationKind.Inclusion, draft.Kind);
        var second = await RegisterAsync(test);
        Assert.NotEqual(first, second);

        var entry = (await test.Get<EntryService>().FindOwnAsync("a1"))!;
        Assert.Equal((EntryState.Registered, second, today.AddDays(40)), (entry.State, entry.Number, entry.IncludedOn));
        Assert.Equal([EntryChange.Included, EntryChange.Excluded, EntryChange.Reincluded], entry.Versions.Select(v => v.Change));
        Assert.Single(await PublicAsync(test));
    }
}
