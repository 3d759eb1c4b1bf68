using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Files;
using BlazorRegistry.Core.Organisations;
using BlazorRegistry.Core.Rules;
using BlazorRegistry.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static BlazorRegistry.Tests.Support.TestApplications;

namespace BlazorRegistry.Tests.Core.Organisations;

/// <summary>
/// Issue #16, point 2, as rules of the aggregate: an organisation's draft reaches the administrator only with its
/// specialist's confirmation of exactly these answers, and the consent is the specialist's alone.
/// </summary>
public class OnBehalfRules
{
    private static Application OrganisationDraft()
    {
        var a = Application.StartForSpecialist(organisationId: 3, NowUtc).WithId(41);
        Fill(a, decideConsent: false);
        return a;
    }

    private static void Confirm(Application a, string specialist) =>
        a.ConfirmBySpecialist(specialist, publish: true, showDateOfBirth: false, showContacts: false, showAddress: false, "2026-1", NowUtc);

    [Fact]
    public void NothingAboutAPersonIsSubmittedBeforeTheyConfirm()
    {
        var a = OrganisationDraft();
        Assert.True(a.AwaitsSpecialistConfirmation);
        Assert.StartsWith(Application.PendingSpecialistPrefix, a.ApplicantId);
        Assert.Equal(ErrorCode.SpecialistNotConfirmed, Assert.Throws<DomainException>(() => a.Submit(NowUtc, WorkingDays, submittedBy: "clerk")).Code);
        Assert.Equal(ApplicationStatus.Draft, a.Status);
    }

    [Fact]
    public void OnlyTheSpecialistDecidesWhatIsPublished()
    {
        var a = OrganisationDraft();
        Assert.Equal(ErrorCode.ConsentIsTheSpecialists,
            Assert.Throws<DomainException>(() => a.DecideConsent(true, true, true, true, "2026-1", NowUtc, actorId: "clerk")).Code);
        Assert.False(a.Consent.IsDecided);
    }

    [Fact]
    public void TheConfirmationCoversTheAnswersAsTheySawThem()
    {
        var a = OrganisationDraft();
        Confirm(a, "specialist-1");
        Assert.Equal("specialist-1", a.ApplicantId);
        Assert.False(a.AwaitsSpecialistConfirmation);
        Assert.Equal(HistoryAction.ConfirmedBySpecialist, a.History[^1].Action);

        // The organisation changes a phone number afterwards: confirmed no longer.
        a.UpdateContacts(new ContactData("8 702 000 00 00", "other@example.kz"), a.Address, NowUtc);
        Assert.True(a.AwaitsSpecialistConfirmation);
        Assert.Equal(ErrorCode.SpecialistNotConfirmed, Assert.Throws<DomainException>(() => a.Submit(NowUtc, WorkingDays, submittedBy: "clerk")).Code);
        // Nor does the specialist send it round the organisation: what it files, it submits, as confirmed.
        Assert.Equal(ErrorCode.OrganisationSubmits, Assert.Throws<DomainException>(() => a.Submit(NowUtc, WorkingDays, submittedBy: "specialist-1")).Code);
        Confirm(a, "specialist-1");
        a.Submit(NowUtc, WorkingDays, submittedBy: "clerk");
        Assert.Equal(("clerk", ApplicationStatus.Submitted), (a.History[^1].ActorId, a.Status));
    }

    [Fact]
    public void ConfirmedAsIsTheOrganisationMaySubmit()
    {
        var a = OrganisationDraft();
        Confirm(a, "specialist-1");
        a.RememberStep(3, NowUtc); // moving between steps changes no answer
        a.Submit(NowUtc, WorkingDays, submittedBy: "clerk");
        Assert.Equal(("clerk", ApplicationStatus.Submitted), (a.History[^1].ActorId, a.Status));
    }

    [Fact]
    public void AConfirmedApplicationNeverPassesToAnotherPerson()
    {
        var a = OrganisationDraft();
        Confirm(a, "specialist-1");
        Assert.Equal(ErrorCode.SpecialistMismatch, Assert.Throws<DomainException>(() => Confirm(a, "stranger")).Code);
        Assert.Equal("specialist-1", a.ApplicantId);
    }

    [Fact]
    public void APersonsOwnApplicationIsNobodyElsesToSubmitOrConfirm()
    {
        var own = Complete("specialist-2").WithId(42);
        Assert.Equal(ErrorCode.IllegalStatusMove, Assert.Throws<DomainException>(() => Confirm(own, "stranger")).Code);
        Assert.Equal(ErrorCode.SpecialistNotConfirmed, Assert.Throws<DomainException>(() => own.Submit(NowUtc, WorkingDays, submittedBy: "stranger")).Code);
    }
}

/// <summary>
/// Issue #16, point 2, end to end over SQLite: who may fill an organisation's draft, the invitation, the code,
/// the confirmation that hands the application and its scans to the specialist, and the submission guards.
/// </summary>
public class OnBehalfApplications
{
    private const string Clerk = "clerk-1";
    private const string SpecialistPhone = "+77012345678"; // TestApplications.Fill's mobile
    private static readonly SpecialistConsent Publish = new(true, false, true, false, "2026-1");

    private sealed record Setup(TestDatabase Test, AsyncServiceScope Scope, SpecialistConfirmationService Service, ApplicationService Applications) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Scope.DisposeAsync();
            await Test.DisposeAsync();
        }
    }

    private static async Task<Setup> OrganisationAsync(bool verified)
    {
        var test = await TestDatabase.CreateAsync();
        await using (var roles = test.Services.CreateAsyncScope())
            await roles.ServiceProvider.GetRequiredService<AccountSeeder>().SeedAsync([]);
        var organisations = test.Get<OrganisationService>();
        var sent = await TestOrganisations.SentForVerificationAsync(test.Services, Clerk, OrganisationRules.Bin, OrganisationRules.CompleteDetails);
        if (verified)
            Assert.True((await organisations.VerifyAsync(sent.Id, "admin-1")).Succeeded);
        var scope = test.Services.CreateAsyncScope();
        return new Setup(test, scope, scope.ServiceProvider.GetRequiredService<SpecialistConfirmationService>(), test.Get<ApplicationService>());
    }

    /// <summary>A draft of the organisation with every answer but the consent, and one scan uploaded by the clerk.</summary>
    private static async Task<(Application Draft, string ScanId)> FilledDraftAsync(Setup s)
    {
        var draft = (await s.Service.StartApplicationAsync(Clerk)).Value!;
        var scan = (await s.Test.Get<FileStore>().SaveAsync(draft.ApplicantId, "diploma.pdf", new MemoryStream("%PDF-1.4 test"u8.ToArray()))).Value!;
        await using var db = s.Test.NewContext();
        var tracked = await db.Applications.SingleAsync(a => a.Id == draft.Id);
        Fill(tracked, decideConsent: false);
        tracked.ReplaceEducation([tracked.Education[0] with { FileId = scan.Id }], NowUtc);
        await db.SaveChangesAsync();
        return (tracked, scan.Id);
    }

    [Fact]
    public async Task OnlyTheOrganisationsPeopleFillItsDrafts()
    {
        await using var s = await OrganisationAsync(verified: true);
        var (draft, scanId) = await FilledDraftAsync(s);
        Assert.Equal(OrganisationRules.Bin, draft.Employment[0].Bin);

        Assert.NotNull(await s.Applications.LoadOwnAsync(draft.Id, Clerk));
        // A stranger, and a member of another organisation, know the id and get nothing.
        Assert.True((await s.Test.Get<OrganisationService>().StartAsync("other-clerk", "080440000127")).Succeeded);
        foreach (var outsider in new[] { "stranger", "other-clerk" })
        {
            Assert.Null(await s.Applications.LoadOwnAsync(draft.Id, outsider));
            Assert.Equal(ErrorCode.ApplicationNotFound, Assert.Single((await s.Applications.SaveStepAsync(draft.Id, outsider, draft.Version, 2)).Errors).Code);
            Assert.Equal(ErrorCode.ApplicationNotFound, Assert.Single((await s.Service.InviteAsync(outsider, draft.Id, ContactChannel.Sms, BlazorRegistry.Core.Language.Russian)).Errors).Code);
            Assert.Null(await s.Test.Get<FileStore>().OpenAsync(scanId, outsider, requesterIsStaff: false));
        }
        Assert.NotNull(await s.Test.Get<FileStore>().OpenAsync(scanId, Clerk, requesterIsStaff: false));
        // The organisation never decides the consent for the specialist.
        Assert.Equal(ErrorCode.ConsentIsTheSpecialists,
            Assert.Single((await s.Applications.SaveConsentAsync(draft.Id, Clerk, draft.Version, true, true, true, true, "2026-1")).Errors).Code);
    }

    [Fact]
    public async Task TheSpecialistConfirmsByCodeAndTheApplicationBecomesTheirs()
    {
        await using var s = await OrganisationAsync(verified: true);
        var empty = (await s.Service.StartApplicationAsync(Clerk)).Value!;
        Assert.Equal(ErrorCode.ApplicationNotReadyForSpecialist,
            Assert.Single((await s.Service.InviteAsync(Clerk, empty.Id, ContactChannel.Sms, BlazorRegistry.Core.Language.Russian)).Errors).Code);
        await using (var db = s.Test.NewContext())
            await db.Applications.Where(a => a.Id == empty.Id).ExecuteDeleteAsync();

        var (draft, scanId) = await FilledDraftAsync(s);
        var first = (await s.Service.InviteAsync(Clerk, draft.Id, ContactChannel.Sms, BlazorRegistry.Core.Language.Russian)).Value!;
        var invitation = (await s.Service.InviteAsync(Clerk, draft.Id, ContactChannel.Sms, BlazorRegistry.Core.Language.Russian)).Value!;
        Assert.Equal((SpecialistPhone, BlazorRegistry.Core.Language.Russian), (invitation.Destination.Value, invitation.Invitee.PreferredLanguage));
        // A newer invitation replaces the earlier one; a made-up token opens nothing.
        Assert.Equal(ErrorCode.InvitationInvalid, Assert.Single((await s.Service.OpenAsync(first.Token)).Errors).Code);
        Assert.Equal(ErrorCode.InvitationInvalid, Assert.Single((await s.Service.OpenAsync(new string('0', 32))).Errors).Code);
        var view = (await s.Service.OpenAsync(invitation.Token)).Value!;
        Assert.Equal(("+7 701 *** ** 78", OrganisationRules.Bin), (view.MaskedDestination, view.OrganisationBin));

        // The link alone shows nothing of the data: a code to the phone comes first.
        Assert.Equal(ErrorCode.InvitationInvalid, Assert.Single((await s.Service.LoadForSpecialistAsync(invitation.Token, null)).Errors).Code);
        Assert.Equal(ErrorCode.InvitationInvalid, Assert.Single((await s.Service.LoadForSpecialistAsync(invitation.Token, "guess")).Errors).Code);
        var digits = (await s.Test.Get<OneTimeCodeService>().IssueAsync(invitation.Invitee.Id, CodePurpose.ConfirmSpecialistData)).Value!.Digits;
        Assert.Equal(ErrorCode.CodeInvalid, Assert.Single((await s.Service.ProveAsync(invitation.Token, digits == "000000" ? "111111" : "000000")).Errors).Code);
        var proof = (await s.Service.ProveAsync(invitation.Token, digits)).Value!;
        var shown = (await s.Service.LoadForSpecialistAsync(invitation.Token, proof)).Value!;
        Assert.Equal(draft.Personal, shown.Personal);

        // Not yet confirmed: the organisation cannot submit (the consent is missing, and it is not theirs to give).
        Assert.False((await s.Applications.SubmitAsync(draft.Id, Clerk, shown.Version)).Succeeded);

        var confirmed = await s.Service.ConfirmAsync(invitation.Token, proof, shown.Version, Publish);
        Assert.True(confirmed.Succeeded, string.Join(",", confirmed.Errors));
        var specialist = invitation.Invitee.Id;
        Assert.Equal(specialist, confirmed.Value!.ApplicantId);
        Assert.True(confirmed.Value.Consent.Publish);
        await using (var db = s.Test.NewContext())
        {
            Assert.True((await db.Users.SingleAsync(u => u.Id == specialist)).PhoneNumberConfirmed);
            Assert.Equal(specialist, (await db.StoredFiles.SingleAsync(f => f.Id == scanId)).OwnerId);
        }
        // Both now see it: the specialist as theirs, the organisation as the one that files it.
        Assert.NotNull(await s.Applications.LoadOwnAsync(draft.Id, specialist));
        Assert.NotNull(await s.Test.Get<FileStore>().OpenAsync(scanId, Clerk, requesterIsStaff: false));
        // The link is spent.
        Assert.Equal(ErrorCode.InvitationInvalid, Assert.Single((await s.Service.ConfirmAsync(invitation.Token, proof, confirmed.Value.Version, Publish)).Errors).Code);

        var submitted = await s.Applications.SubmitAsync(draft.Id, Clerk, confirmed.Value.Version);
        Assert.True(submitted.Succeeded, string.Join(",", submitted.Errors));
        Assert.Equal(ApplicationStatus.Submitted, submitted.Value!.Status);
    }

    [Fact]
    public async Task AnUnverifiedOrganisationPreparesButNeitherInvitesNorSubmits()
    {
        await using var s = await OrganisationAsync(verified: false);
        var (draft, _) = await FilledDraftAsync(s);
        // No message goes out in the name of an organisation nobody has checked.
        Assert.Equal(ErrorCode.OrganisationNotVerified,
            Assert.Single((await s.Service.InviteAsync(Clerk, draft.Id, ContactChannel.Sms, BlazorRegistry.Core.Language.Kazakh)).Errors).Code);

        // Verified, invited and confirmed, then (say) its verification is reopened: nothing goes to the board meanwhile.
        await SetStatusAsync(s, OrganisationStatus.Verified);
        var confirmed = await ConfirmedAsync(s, draft);
        await SetStatusAsync(s, OrganisationStatus.AwaitingVerification);
        Assert.Equal(ErrorCode.OrganisationNotVerified, Assert.Single((await s.Applications.SubmitAsync(draft.Id, Clerk, confirmed.Version)).Errors).Code);
        // Nor through the specialist: what the organisation files waits for its verification whoever submits.
        Assert.Equal(ErrorCode.OrganisationNotVerified, Assert.Single((await s.Applications.SubmitAsync(draft.Id, confirmed.ApplicantId, confirmed.Version)).Errors).Code);
        await SetStatusAsync(s, OrganisationStatus.Verified);
        Assert.Equal(ErrorCode.OrganisationSubmits, Assert.Single((await s.Applications.SubmitAsync(draft.Id, confirmed.ApplicantId, confirmed.Version)).Errors).Code);
        Assert.True((await s.Applications.SubmitAsync(draft.Id, Clerk, confirmed.Version)).Succeeded);
    }

    [Fact]
    public async Task OnlyThePersonTheDataIsAboutCanConfirmIt()
    {
        await using var s = await OrganisationAsync(verified: true);
        var users = s.Scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
        var accounts = s.Scope.ServiceProvider.GetRequiredService<AccountService>();

        // The organisation types its own clerk's phone as the specialist's: its own people confirm nothing.
        var (draft, _) = await FilledDraftAsync(s);
        await accounts.StartSignUpAsync("+77015550333", BlazorRegistry.Core.Language.Kazakh);
        var clerkAccount = (await users.FindByNameAsync("+77015550333"))!;
        await using (var db = s.Test.NewContext())
        {
            db.OrganisationMembers.Add(OrganisationMember.Of(await db.Organisations.SingleAsync(), clerkAccount.Id, OrganisationRole.Staff, NowUtc));
            await db.SaveChangesAsync();
        }
        await SetContactAsync(s, draft.Id, "+77015550333");
        Assert.Equal(ErrorCode.SpecialistContactUnusable, await InviteErrorAsync(s, draft.Id));

        // A phone whose account applied as somebody else (another IIN) confirms nothing about this person.
        await accounts.StartSignUpAsync("+77015550444", BlazorRegistry.Core.Language.Kazakh);
        var someoneElse = (await users.FindByNameAsync("+77015550444"))!;
        await using (var db = s.Test.NewContext())
        {
            var own = Application.StartDraft(someoneElse.Id, NowUtc);
            Fill(own, "Басқа", "Адам");
            db.Applications.Add(own);
            await db.SaveChangesAsync();
        }
        await SetContactAsync(s, draft.Id, "+77015550444");
        Assert.Equal(ErrorCode.SpecialistContactUnusable, await InviteErrorAsync(s, draft.Id));

        // A registered specialist changes their entry themselves (one amendment at a time), not through a new application.
        await accounts.StartSignUpAsync("+77015550555", BlazorRegistry.Core.Language.Kazakh);
        var registeredId = (await users.FindByNameAsync("+77015550555"))!.Id;
        await Registered.CreateAsync(s.Test.Services, registeredId, "Тіркелген", "Адам", new Consent(true));
        await using (var db = s.Test.NewContext())
        {
            var entry = await db.RegisterEntries.SingleAsync(e => e.ApplicantId == registeredId);
            var a = await db.Applications.SingleAsync(x => x.Id == draft.Id);
            a.UpdatePersonalData(a.Personal with { Iin = entry.Iin, DateOfBirth = entry.DateOfBirth }, NowUtc);
            a.UpdateContacts(new ContactData("+77015550555", null), a.Address, NowUtc);
            await db.SaveChangesAsync();
        }
        Assert.Equal(ErrorCode.SpecialistAlreadyRegistered, await InviteErrorAsync(s, draft.Id));

        // No flood: three invitations per application a day.
        var (fresh, _) = await FilledDraftAsync(s);
        for (var i = 0; i < SpecialistConfirmationService.InvitationsPerApplicationPerDay; i++)
            Assert.True((await s.Service.InviteAsync(Clerk, fresh.Id, ContactChannel.Sms, BlazorRegistry.Core.Language.Kazakh)).Succeeded);
        Assert.Equal(ErrorCode.InvitationLimitReached, await InviteErrorAsync(s, fresh.Id));
    }

    [Fact]
    public async Task AnIinAnotherAccountHoldsIsNotConfirmedFromThisOne()
    {
        await using var s = await OrganisationAsync(verified: true);
        var (draft, _) = await FilledDraftAsync(s);
        // Somebody else's account already submitted an application with this IIN.
        await using (var db = s.Test.NewContext())
        {
            var theirs = Application.StartDraft("someone-else", NowUtc);
            Fill(theirs);
            theirs.UpdatePersonalData(theirs.Personal with { Iin = draft.Personal.Iin, DateOfBirth = draft.Personal.DateOfBirth }, NowUtc);
            db.Applications.Add(theirs);
            await db.SaveChangesAsync();
            theirs.Submit(NowUtc, WorkingDays);
            await db.SaveChangesAsync();
        }
        var invitation = (await s.Service.InviteAsync(Clerk, draft.Id, ContactChannel.Sms, BlazorRegistry.Core.Language.Kazakh)).Value!;
        var digits = (await s.Test.Get<OneTimeCodeService>().IssueAsync(invitation.Invitee.Id, CodePurpose.ConfirmSpecialistData)).Value!.Digits;
        var proof = (await s.Service.ProveAsync(invitation.Token, digits)).Value!;
        Assert.Equal(ErrorCode.IinHeldByAnotherAccount, Assert.Single((await s.Service.ConfirmAsync(invitation.Token, proof, draft.Version, Publish)).Errors).Code);
    }

    [Fact]
    public async Task TheOrganisationOpensOnlyTheScansOfWhatItFiled()
    {
        await using var s = await OrganisationAsync(verified: true);
        var (draft, scanId) = await FilledDraftAsync(s);
        var confirmed = await ConfirmedAsync(s, draft);
        // The specialist's own other scan, uploaded after joining: not the organisation's to open.
        var own = (await s.Test.Get<FileStore>().SaveAsync(confirmed.ApplicantId, "private.pdf", new MemoryStream("%PDF-1.4 own"u8.ToArray()))).Value!;
        Assert.NotNull(await s.Test.Get<FileStore>().OpenAsync(scanId, Clerk, requesterIsStaff: false));
        Assert.Null(await s.Test.Get<FileStore>().OpenAsync(own.Id, Clerk, requesterIsStaff: false));
        Assert.NotNull(await s.Test.Get<FileStore>().OpenAsync(own.Id, confirmed.ApplicantId, requesterIsStaff: false));
    }

    private static async Task<Application> ConfirmedAsync(Setup s, Application draft)
    {
        var invitation = (await s.Service.InviteAsync(Clerk, draft.Id, ContactChannel.Sms, BlazorRegistry.Core.Language.Kazakh)).Value!;
        var digits = (await s.Test.Get<OneTimeCodeService>().IssueAsync(invitation.Invitee.Id, CodePurpose.ConfirmSpecialistData)).Value!.Digits;
        var proof = (await s.Service.ProveAsync(invitation.Token, digits)).Value!;
        var shown = (await s.Service.LoadForSpecialistAsync(invitation.Token, proof)).Value!;
        return (await s.Service.ConfirmAsync(invitation.Token, proof, shown.Version, Publish)).Value!;
    }

    private static async Task<ErrorCode> InviteErrorAsync(Setup s, int applicationId) =>
        Assert.Single((await s.Service.InviteAsync(Clerk, applicationId, ContactChannel.Sms, BlazorRegistry.Core.Language.Kazakh)).Errors).Code;

    private static async Task SetStatusAsync(Setup s, OrganisationStatus status)
    {
        await using var db = s.Test.NewContext();
        await db.Organisations.ExecuteUpdateAsync(u => u.SetProperty(o => o.Status, status));
    }

    private static async Task SetContactAsync(Setup s, int applicationId, string mobile)
    {
        await using var db = s.Test.NewContext();
        var a = await db.Applications.SingleAsync(x => x.Id == applicationId);
        a.UpdateContacts(new ContactData(mobile, null), a.Address, NowUtc);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task AStaleScreenOrAStaffAddressIsRefused()
    {
        await using var s = await OrganisationAsync(verified: true);
        var (draft, _) = await FilledDraftAsync(s);
        var invitation = (await s.Service.InviteAsync(Clerk, draft.Id, ContactChannel.Sms, BlazorRegistry.Core.Language.Kazakh)).Value!;
        var digits = (await s.Test.Get<OneTimeCodeService>().IssueAsync(invitation.Invitee.Id, CodePurpose.ConfirmSpecialistData)).Value!.Digits;
        var proof = (await s.Service.ProveAsync(invitation.Token, digits)).Value!;
        var shown = (await s.Service.LoadForSpecialistAsync(invitation.Token, proof)).Value!;
        // The organisation changes an answer while the specialist reads: they confirm only what they saw.
        var changed = (await s.Applications.SaveStepAsync(draft.Id, Clerk, shown.Version, 4)).Value!;
        Assert.Equal(ErrorCode.ConcurrencyConflict, Assert.Single((await s.Service.ConfirmAsync(invitation.Token, proof, shown.Version, Publish)).Errors).Code);
        Assert.True((await s.Service.ConfirmAsync(invitation.Token, proof, changed.Version, Publish)).Succeeded);

        // An e-mail that belongs to staff is nobody's to invite.
        var (other, _) = await FilledDraftAsync(s);
        await using (var scope = s.Test.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
            var admin = new RegistryUser { UserName = "nurlan@example.kz", Email = "nurlan@example.kz", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(admin, "Strong-Pass-1")).Succeeded);
            await users.AddToRoleAsync(admin, Roles.Administrator);
        }
        Assert.Equal(ErrorCode.SpecialistContactUnusable,
            Assert.Single((await s.Service.InviteAsync(Clerk, other.Id, ContactChannel.Email, BlazorRegistry.Core.Language.Kazakh)).Errors).Code);
    }
}
