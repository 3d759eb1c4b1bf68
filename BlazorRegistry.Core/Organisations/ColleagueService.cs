using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Notifications;
using BlazorRegistry.Core.Rules;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Organisations;

/// <summary>A person of the organisation as its administrator sees them; <see cref="Pending"/>: invited, not yet accepted.</summary>
public sealed record Colleague(string UserId, string UserName, OrganisationRole? Role, bool Pending, DateTime SinceUtc);

/// <summary>An invitation as the invited person sees it.</summary>
public sealed record PendingInvitation(int Id, string OrganisationNameKk, string OrganisationNameRu, string Bin);

/// <summary>
/// Several people of one organisation (issue #16, point 1): its administrator invites a colleague by phone or
/// e-mail; the colleague accepts while signed in. The answer to the administrator is the same whether or not
/// the phone or e-mail had an account, or belongs to someone already with another organisation (then nothing
/// happens): inviting tells a stranger nothing about other people.
/// </summary>
public sealed class ColleagueService(IDbContextFactory<RegistryDbContext> factory, AccountService accounts, UserManager<RegistryUser> users, TimeProvider time)
{
    /// <param name="compose">The invitation's words in the colleague's language (the App's texts), queued with the invitation itself.</param>
    public async Task<Result<bool>> InviteAsync(string administratorId, string? identifierInput, Language language,
        Func<Organisation, Language, Message> compose, CancellationToken ct = default)
    {
        var (identifier, error) = AccountIdentifier.Parse(identifierInput);
        if (identifier is null)
            return Result<bool>.Fail(error!.Value, "Identifier");
        await using var db = await factory.CreateDbContextAsync(ct);
        var organisation = await AdministeredBy(db, administratorId, ct);
        if (organisation is null)
            return Result<bool>.Fail(ErrorCode.OrganisationNotAdministrator);
        // Messages go out in the organisation's name only once an administrator has checked who it is, and not in floods:
        // anyone may start an organisation, so an unverified one would be an open SMS gateway.
        if (organisation.Status != OrganisationStatus.Verified)
            return Result<bool>.Fail(ErrorCode.OrganisationNotVerified);
        var dayAgo = Now.AddDays(-1);
        if (await db.ColleagueInvitations.CountAsync(i => i.OrganisationId == organisation.Id && i.CreatedAtUtc > dayAgo, ct) >= InvitationsPerDay)
            return Result<bool>.Fail(ErrorCode.InvitationLimitReached);

        await accounts.StartSignUpAsync(identifier.Value, language);
        var colleague = await accounts.FindAsync(identifier);
        var invitable = colleague is { DisabledAtUtc: null } && await users.IsInRoleAsync(colleague, Roles.Applicant)
            && !await db.OrganisationMembers.AnyAsync(m => m.UserId == colleague.Id, ct)
            && !await db.ColleagueInvitations.AnyAsync(i => i.UserId == colleague.Id && i.OrganisationId == organisation.Id, ct);
        if (!invitable)
            return Result<bool>.Ok(true);
        db.ColleagueInvitations.Add(ColleagueInvitation.Of(organisation.Id, colleague!.Id, administratorId, Now));
        var (channel, address) = colleague.PrimaryContact;
        NotificationService.Queue(db, colleague.Id, channel == ContactChannel.Email ? NotificationChannel.Email : NotificationChannel.Sms, address,
            compose(organisation, colleague.PreferredLanguage), Now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same colleague invited twice at once: the first invitation stands.
        }
        return Result<bool>.Ok(true);
    }

    /// <summary>The organisation's people and the invitations still open, for its administrator; empty for anybody else.</summary>
    public async Task<IReadOnlyList<Colleague>> ColleaguesAsync(string administratorId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var organisation = await AdministeredBy(db, administratorId, ct);
        if (organisation is null)
            return [];
        var members = await db.OrganisationMembers.Where(m => m.OrganisationId == organisation.Id)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new Colleague(u.Id, u.UserName ?? "", m.Role, false, m.AddedAtUtc)).ToListAsync(ct);
        var pending = await db.ColleagueInvitations.Where(i => i.OrganisationId == organisation.Id)
            .Join(db.Users, i => i.UserId, u => u.Id, (i, u) => new Colleague(u.Id, u.UserName ?? "", null, true, i.CreatedAtUtc)).ToListAsync(ct);
        return [.. members.OrderBy(m => m.SinceUtc), .. pending.OrderBy(p => p.SinceUtc)];
    }

    public async Task<IReadOnlyList<PendingInvitation>> PendingForAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.ColleagueInvitations.Where(i => i.UserId == userId)
            .Join(db.Organisations, i => i.OrganisationId, o => o.Id, (i, o) => new PendingInvitation(i.Id, o.NameKk ?? "", o.NameRu ?? "", o.Bin))
            .ToListAsync(ct);
    }

    /// <summary>The invited person joins the organisation as its staff (one organisation per person); other invitations lapse.</summary>
    public async Task<Result<bool>> AcceptAsync(string userId, int invitationId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var invitation = await db.ColleagueInvitations.FirstOrDefaultAsync(i => i.Id == invitationId && i.UserId == userId, ct);
        if (invitation is null)
            return Result<bool>.Fail(ErrorCode.InvitationInvalid);
        if (await db.OrganisationMembers.AnyAsync(m => m.UserId == userId, ct))
            return Result<bool>.Fail(ErrorCode.OrganisationAlreadyJoined);
        var organisation = await db.Organisations.SingleAsync(o => o.Id == invitation.OrganisationId, ct);
        if (organisation.Status == OrganisationStatus.Refused)
            return Result<bool>.Fail(ErrorCode.OrganisationRefused);
        db.OrganisationMembers.Add(OrganisationMember.Of(organisation, userId, OrganisationRole.Staff, Now));
        db.ColleagueInvitations.RemoveRange(await db.ColleagueInvitations.Where(i => i.UserId == userId).ToListAsync(ct));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two acceptances at once: the unique index on the person let one through.
            return Result<bool>.Fail(ErrorCode.OrganisationAlreadyJoined);
        }
        return Result<bool>.Ok(true);
    }

    public async Task DeclineAsync(string userId, int invitationId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.ColleagueInvitations.Where(i => i.Id == invitationId && i.UserId == userId).ExecuteDeleteAsync(ct);
    }

    /// <summary>Colleague invitations an organisation may send a day (each one an SMS or e-mail).</summary>
    public const int InvitationsPerDay = 20;

    private static Task<Organisation?> AdministeredBy(RegistryDbContext db, string administratorId, CancellationToken ct) =>
        db.Organisations.FirstOrDefaultAsync(o => db.OrganisationMembers.Any(m => m.UserId == administratorId && m.OrganisationId == o.Id
            && m.Role == OrganisationRole.OrganisationAdministrator), ct);

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
