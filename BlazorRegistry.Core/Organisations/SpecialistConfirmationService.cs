using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Rules;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Organisations;

/// <summary>An invitation just made: the token for the link (shown nowhere else) and the account it goes to.</summary>
public sealed record IssuedInvitation(string Token, RegistryUser Invitee, AccountIdentifier Destination, Language Language,
    Organisation Organisation, DateTime ExpiresAtUtc);

/// <summary>What the specialist's page shows before the code: who asks, and where the code will go (masked).</summary>
public sealed record InvitationView(string OrganisationNameKk, string OrganisationNameRu, string OrganisationBin, string MaskedDestination,
    Language Language, RegistryUser Invitee);

/// <summary>The specialist's choices when they confirm the data as theirs (the consent step of the wizard).</summary>
public sealed record SpecialistConsent(bool Publish, bool ShowDateOfBirth, bool ShowContacts, bool ShowAddress, string TextVersion);

/// <summary>
/// Applications an organisation files for its specialists, and the specialist's confirmation (issue #16,
/// Order 21, cl. 2). The rules: only an organisation's own people start and fill them; the organisation
/// invites the specialist once every section but the consent is filled; the specialist proves the phone or
/// mailbox by a code, sees the data, confirms it and decides the consent; only then, and only while the
/// answers are still as confirmed, can it be submitted, and only by a verified organisation
/// (<see cref="ApplicationService.SubmitAsync"/> and <see cref="Application.Submit"/> enforce that).
/// </summary>
public sealed class SpecialistConfirmationService(
    IDbContextFactory<RegistryDbContext> factory,
    UserManager<RegistryUser> users,
    AccountService accounts,
    OneTimeCodeService codes,
    TimeProvider time)
{
    /// <summary>A new draft for one of the organisation's specialists; refused for someone who is not the organisation's, or a refused organisation.</summary>
    public async Task<Result<Application>> StartApplicationAsync(string memberId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var organisation = await OrganisationOf(db, memberId, ct);
        if (organisation is null)
            return Result<Application>.Fail(ErrorCode.OrganisationNotFound);
        if (organisation.Status == OrganisationStatus.Refused)
            return Result<Application>.Fail(ErrorCode.OrganisationRefused);
        var draft = Application.StartForSpecialist(organisation.Id, Now);
        // Row 8 of the register form starts with the organisation itself: the specialist works there.
        draft.ReplaceEmployment([new EmploymentRecord(organisation.NameKk, organisation.Bin, null, null, null, null, InSpecialSocialServices: true)], Now);
        db.Applications.Add(draft);
        await db.SaveChangesAsync(ct);
        return Result<Application>.Ok(draft);
    }

    /// <summary>
    /// Sends the specialist the link (the App words and sends the message): by <paramref name="channel"/> to
    /// the phone or e-mail in the application, in <paramref name="language"/>. The account of that phone or
    /// e-mail is found or created (unconfirmed, without a password, as a sign-up does); a staff or disabled
    /// account is refused. An earlier invitation for the same application stops working.
    /// </summary>
    public async Task<Result<IssuedInvitation>> InviteAsync(string memberId, int applicationId, ContactChannel channel, Language language,
        CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var organisation = await OrganisationOf(db, memberId, ct);
        var application = organisation is null ? null
            : await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == applicationId && a.OrganisationId == organisation.Id, ct);
        if (organisation is null || application is null)
            return Result<IssuedInvitation>.Fail(ErrorCode.ApplicationNotFound);
        // Messages go out in the organisation's name only once an administrator has checked who it is.
        if (organisation.Status != OrganisationStatus.Verified)
            return Result<IssuedInvitation>.Fail(ErrorCode.OrganisationNotVerified);
        if (!application.Status.IsEditable())
            return Result<IssuedInvitation>.Fail(ErrorCode.ApplicationNotEditable);
        var completeness = ApplicationCompleteness.Evaluate(application, await ReferenceCatalog.LoadAsync(db, ct), KazakhstanTime.Today(time));
        if (completeness.AllErrors.Any(e => e.Section != ApplicationSection.Consent))
            return Result<IssuedInvitation>.Fail(ErrorCode.ApplicationNotReadyForSpecialist);

        var given = channel == ContactChannel.Email ? application.Contacts.Email : application.Contacts.Mobile;
        var identifier = string.IsNullOrWhiteSpace(given) ? null : AccountIdentifier.Parse(given).Identifier;
        if (identifier is null || identifier.Channel != channel)
            return Result<IssuedInvitation>.Fail(ErrorCode.SpecialistContactMissing);
        // No flood of messages in the organisation's name: a few per application, a bounded number per day.
        var dayAgo = Now.AddDays(-1);
        if (await db.SpecialistInvitations.CountAsync(i => i.ApplicationId == applicationId && i.CreatedAtUtc > dayAgo, ct) >= InvitationsPerApplicationPerDay
            || await db.SpecialistInvitations.CountAsync(i => i.OrganisationId == organisation.Id && i.CreatedAtUtc > dayAgo, ct) >= InvitationsPerOrganisationPerDay)
            return Result<IssuedInvitation>.Fail(ErrorCode.InvitationLimitReached);

        await accounts.StartSignUpAsync(identifier.Value, language);
        var invitee = await accounts.FindAsync(identifier);
        if (invitee is null || invitee.DisabledAtUtc is not null || !await users.IsInRoleAsync(invitee, Roles.Applicant))
            return Result<IssuedInvitation>.Fail(ErrorCode.SpecialistContactUnusable);
        // The consent must come from the person the data is about, not from a phone the organisation holds: an
        // organisation's own people, and an account that already applied or is registered as somebody else
        // (another IIN), cannot confirm it. (A phone bought for the purpose still can: only an eGov identity
        // check would close that; the board shows who confirmed and through which contact.)
        if (await db.OrganisationMembers.AnyAsync(m => m.UserId == invitee.Id, ct)
            || await db.Applications.AnyAsync(a => a.ApplicantId == invitee.Id && a.Id != applicationId && a.Iin != null && a.Iin != application.Iin, ct)
            || await db.RegisterEntries.AnyAsync(e => e.ApplicantId == invitee.Id && e.Iin != application.Iin, ct))
            return Result<IssuedInvitation>.Fail(ErrorCode.SpecialistContactUnusable);
        // A registered specialist changes their entry themselves ("My entry"), one amendment at a time.
        if (await db.RegisterEntries.AnyAsync(e => e.ApplicantId == invitee.Id && e.State != Register.EntryState.Excluded, ct))
            return Result<IssuedInvitation>.Fail(ErrorCode.SpecialistAlreadyRegistered);
        // Once a specialist has confirmed, the application is theirs: it is never handed to another account.
        if (!IsPending(application) && application.ApplicantId != invitee.Id)
            return Result<IssuedInvitation>.Fail(ErrorCode.SpecialistMismatch);

        foreach (var old in await db.SpecialistInvitations.Where(i => i.ApplicationId == applicationId && i.UsedAtUtc == null && !i.IsRevoked).ToListAsync(ct))
            old.Revoke();
        var (invitation, token) = SpecialistInvitation.Issue(applicationId, organisation.Id, invitee.Id, channel, language, memberId, Now);
        db.SpecialistInvitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        return Result<IssuedInvitation>.Ok(new IssuedInvitation(token, invitee, identifier, language, organisation, invitation.ExpiresAtUtc));
    }

    /// <summary>The invitation behind a link, before any code: nothing of the specialist's data, only who asks and where the code goes.</summary>
    public async Task<Result<InvitationView>> OpenAsync(string? token, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var invitation = await LiveInvitation(db, token, ct);
        if (invitation is null)
            return Result<InvitationView>.Fail(ErrorCode.InvitationInvalid);
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == invitation.OrganisationId, ct);
        var invitee = await users.FindByIdAsync(invitation.InviteeId);
        if (invitee is null || invitee.DisabledAtUtc is not null)
            return Result<InvitationView>.Fail(ErrorCode.InvitationInvalid);
        var destination = new AccountIdentifier(invitation.Channel, invitee.UserName ?? "");
        return Result<InvitationView>.Ok(new InvitationView(organisation.NameKk ?? "", organisation.NameRu ?? "", organisation.Bin,
            destination.Masked, invitation.Language, invitee));
    }

    /// <summary>
    /// Checks the code the specialist typed (the account's code flow, with its limits and lock); on success the
    /// answer is a proof that keeps the page open for half an hour. Every failure is the same "wrong code".
    /// </summary>
    public async Task<Result<string>> ProveAsync(string? token, string? code, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var invitation = await LiveInvitation(db, token, ct);
        var invitee = invitation is null ? null : await users.FindByIdAsync(invitation.InviteeId);
        if (invitation is null || invitee is null)
            return Result<string>.Fail(ErrorCode.InvitationInvalid);
        var verified = await codes.VerifyAsync(invitee, CodePurpose.ConfirmSpecialistData, code, ct);
        if (!verified.Succeeded)
            return Result<string>.Fail(verified.Errors);
        var proof = invitation.Prove(Now);
        await db.SaveChangesAsync(ct);
        return Result<string>.Ok(proof);
    }

    /// <summary>The application the invitation is about, for the specialist who proved the code; nothing otherwise.</summary>
    public async Task<Result<Application>> LoadForSpecialistAsync(string? token, string? proof, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var invitation = await LiveInvitation(db, token, ct);
        if (invitation is null || !invitation.IsProvenBy(proof, Now))
            return Result<Application>.Fail(ErrorCode.InvitationInvalid);
        var application = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == invitation.ApplicationId, ct);
        return Result<Application>.Ok(application);
    }

    /// <summary>
    /// The specialist confirms the data as theirs and decides the consent. The application, its uploads and its
    /// future messages become the specialist's; their phone or e-mail counts as confirmed (the code proved it).
    /// <paramref name="version"/> is what the page showed: if the organisation changed anything since, the
    /// specialist is asked to read it again rather than confirm what they did not see.
    /// </summary>
    public async Task<Result<Application>> ConfirmAsync(string? token, string? proof, Guid version, SpecialistConsent consent,
        CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var invitation = await LiveInvitation(db, token, ct);
        if (invitation is null || !invitation.IsProvenBy(proof, Now))
            return Result<Application>.Fail(ErrorCode.InvitationInvalid);
        var application = await db.Applications.SingleAsync(a => a.Id == invitation.ApplicationId, ct);
        if (application.Version != version)
            return Result<Application>.Fail(ErrorCode.ConcurrencyConflict);
        // One open application per person: one the specialist started themselves comes first.
        if (await db.Applications.AnyAsync(a => a.ApplicantId == invitation.InviteeId && a.Id != application.Id
                && a.Status != ApplicationStatus.Registered && a.Status != ApplicationStatus.Refused, ct))
            return Result<Application>.Fail(ErrorCode.SpecialistHasOpenApplication);
        // One person, one account: an IIN another account applied with, or holds an entry for, is not confirmed from this one.
        if (application.Iin is { } iin
            && (await db.Applications.AnyAsync(a => a.Iin == iin && a.Id != application.Id && a.ApplicantId != invitation.InviteeId
                    && a.Status != ApplicationStatus.Draft && !a.ApplicantId.StartsWith(Application.PendingSpecialistPrefix), ct)
                || await db.RegisterEntries.AnyAsync(e => e.Iin == iin && e.ApplicantId != invitation.InviteeId, ct)))
            return Result<Application>.Fail(ErrorCode.IinHeldByAnotherAccount);
        var placeholder = application.ApplicantId;
        try
        {
            application.ConfirmBySpecialist(invitation.InviteeId, consent.Publish, consent.ShowDateOfBirth, consent.ShowContacts,
                consent.ShowAddress, consent.TextVersion, Now);
        }
        catch (DomainException e)
        {
            return Result<Application>.Fail(e.Code);
        }
        invitation.Use(Now);
        try
        {
            if (!await db.TrySaveAsync(ct))
                return Result<Application>.Fail(ErrorCode.ConcurrencyConflict);
        }
        catch (DbUpdateException)
        {
            // The specialist started an application of their own at this very moment (one open application per person).
            return Result<Application>.Fail(ErrorCode.SpecialistHasOpenApplication);
        }
        if (placeholder != invitation.InviteeId)
            await db.StoredFiles.Where(f => f.OwnerId == placeholder).ExecuteUpdateAsync(s => s.SetProperty(f => f.OwnerId, invitation.InviteeId), ct);
        var invitee = db.Users.Where(u => u.Id == invitation.InviteeId);
        if (invitation.Channel == ContactChannel.Email)
            await invitee.ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, true), ct);
        else
            await invitee.ExecuteUpdateAsync(s => s.SetProperty(u => u.PhoneNumberConfirmed, true), ct);
        await tx.CommitAsync(ct);
        return Result<Application>.Ok(application);
    }

    public const int InvitationsPerApplicationPerDay = 3;
    public const int InvitationsPerOrganisationPerDay = 300;

    private static bool IsPending(Application application) =>
        application.ApplicantId.StartsWith(Application.PendingSpecialistPrefix, StringComparison.Ordinal);

    private static async Task<Organisation?> OrganisationOf(RegistryDbContext db, string memberId, CancellationToken ct) =>
        await db.Organisations.FirstOrDefaultAsync(o => db.OrganisationMembers.Any(m => m.UserId == memberId && m.OrganisationId == o.Id), ct);

    private async Task<SpecialistInvitation?> LiveInvitation(RegistryDbContext db, string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64)
            return null;
        var hash = SpecialistInvitation.HashOf(token);
        var invitation = await db.SpecialistInvitations.FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        return invitation is not null && invitation.IsLive(Now) ? invitation : null;
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
