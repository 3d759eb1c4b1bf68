using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Organisations;

/// <summary>The details an organisation's people fill in before verification.</summary>
public sealed record OrganisationDetails(string? NameKk, string? NameRu, LegalForm? LegalForm, int? RegionId, Licence Licence, ContactPerson Contact);

/// <summary>
/// Who filed an application and how its specialist confirmed it, for the administrator: the contact the code
/// went to was typed by the organisation, which is worth a look when anything else seems off.
/// </summary>
public sealed record Filing(Organisation Organisation, string? ConfirmedThrough, DateTime? ConfirmedAtUtc);

/// <summary>One specialist's application on the organisation's page.</summary>
public sealed record OrganisationApplicationRow(int Id, string? FullName, string? Iin, ApplicationStatus Status, string? ReferenceNumber,
    DateOnly? DecisionDeadline, bool AwaitsSpecialistConfirmation, IReadOnlyList<Review.ReturnReason> ReturnReasons, string? DecisionComment,
    DateTime UpdatedAtUtc, string? EntryNumber = null, DateOnly? CategoryLapsesOn = null)
{
    /// <summary>The register entry's category lapses within 90 days of <paramref name="today"/> (or has lapsed): time to re-attest.</summary>
    public bool CategoryLapsingBy(DateOnly today) => CategoryLapsesOn is { } on && on <= today.AddDays(90);
}

/// <summary>
/// Organisations in the portal (issue #16): one per BIN, started by the person who signs it up (its first
/// organisation administrator), filled in by its members, verified by an administrator. Each call loads
/// fresh, applies one guarded move and commits; a stale version is a conflict, never a silent overwrite.
/// </summary>
public sealed class OrganisationService(IDbContextFactory<RegistryDbContext> factory, TimeProvider time, Files.FileStore files,
    Accounts.OneTimeCodeService codes)
{
    /// <summary>
    /// A code to prove the organisation's contact phone (or e-mail) as on file, issued to the administrator asking (their
    /// code flow's limits and lock apply); the App sends it there. Answers the code, the address and the organisation
    /// as it now stands (its version moved: the address the code went to is recorded).
    /// </summary>
    public async Task<Result<(Accounts.IssuedCode Code, string Address, Organisation Organisation)>> IssueContactCodeAsync(string userId, Guid version,
        bool email, string? clientAddress, CancellationToken ct = default)
    {
        var membership = await OfMemberAsync(userId, ct);
        if (membership is not { } m || m.Role != OrganisationRole.OrganisationAdministrator)
            return Result<(Accounts.IssuedCode, string, Organisation)>.Fail(ErrorCode.OrganisationNotAdministrator);
        var current = email ? m.Organisation.Contact.Email : m.Organisation.Contact.Mobile;
        if (email ? EmailAddress.TryCreate(current).Email is null : MobilePhone.TryCreate(current).Phone is null)
            return Result<(Accounts.IssuedCode, string, Organisation)>.Fail(email ? ErrorCode.EmailInvalid : ErrorCode.PhoneInvalid);
        var issued = await codes.IssueAsync(userId, email ? Accounts.CodePurpose.ConfirmOrganisationEmail : Accounts.CodePurpose.ConfirmOrganisationPhone,
            clientAddress, ct);
        if (!issued.Succeeded)
            return Result<(Accounts.IssuedCode, string, Organisation)>.Fail(issued.Errors);
        string address = "";
        var recorded = await ChangeOwnAsync(userId, version, o => address = o.ContactCodeSent(email), ct);
        return recorded.Succeeded
            ? Result<(Accounts.IssuedCode, string, Organisation)>.Ok((issued.Value!, address, recorded.Value!))
            : Result<(Accounts.IssuedCode, string, Organisation)>.Fail(recorded.Errors);
    }

    /// <summary>The code typed for the contact phone (or e-mail): on success the address it was sent to counts as confirmed.</summary>
    public async Task<Result<Organisation>> ConfirmContactAsync(string userId, bool email, string? typed, CancellationToken ct = default)
    {
        var membership = await OfMemberAsync(userId, ct);
        if (membership is not { } m || m.Role != OrganisationRole.OrganisationAdministrator)
            return Result<Organisation>.Fail(ErrorCode.OrganisationNotAdministrator);
        var verified = await codes.VerifyAsync(userId, email ? Accounts.CodePurpose.ConfirmOrganisationEmail : Accounts.CodePurpose.ConfirmOrganisationPhone, typed, ct);
        if (!verified.Succeeded)
            return Result<Organisation>.Fail(verified.Errors);
        return await ChangeOwnAsync(userId, m.Organisation.Version, o => o.ConfirmContact(email), ct);
    }

    /// <summary>Starts the organisation with this BIN, with <paramref name="userId"/> as its organisation administrator.</summary>
    public async Task<Result<Organisation>> StartAsync(string userId, string? bin, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.OrganisationMembers.AnyAsync(m => m.UserId == userId, ct))
            return Result<Organisation>.Fail(ErrorCode.OrganisationAlreadyJoined);
        Organisation organisation;
        try
        {
            organisation = Organisation.Start(bin ?? "", Now);
        }
        catch (DomainException e)
        {
            return Result<Organisation>.Fail(e.Code, nameof(Organisation.Bin));
        }
        // The BIN is public (the state's register of legal entities): saying it is taken reveals nothing.
        if (await db.Organisations.AnyAsync(o => o.Bin == organisation.Bin, ct))
            return Result<Organisation>.Fail(ErrorCode.OrganisationBinTaken, nameof(Organisation.Bin));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(ct);
            db.OrganisationMembers.Add(OrganisationMember.Of(organisation, userId, OrganisationRole.OrganisationAdministrator, Now));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two sign-ups of one BIN (or of one person) at once: the unique indexes let one through.
            return Result<Organisation>.Fail(ErrorCode.OrganisationBinTaken, nameof(Organisation.Bin));
        }
        return Result<Organisation>.Ok(organisation);
    }

    /// <summary>The organisation <paramref name="userId"/> works for, with their role; null if none.</summary>
    public async Task<(Organisation Organisation, OrganisationRole Role)?> OfMemberAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var member = await db.OrganisationMembers.AsNoTracking().FirstOrDefaultAsync(m => m.UserId == userId, ct);
        if (member is null)
            return null;
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == member.OrganisationId, ct);
        return (organisation, member.Role);
    }

    /// <summary>Saves the details; the licence scan is kept (attached), a replaced one is deleted.</summary>
    public async Task<Result<Organisation>> SaveDetailsAsync(string userId, Guid version, OrganisationDetails d, CancellationToken ct = default)
    {
        string? licenceBefore = null;
        var saved = await ChangeOwnAsync(userId, version, o =>
        {
            licenceBefore = o.Licence.FileId;
            o.UpdateDetails(d.NameKk, d.NameRu, d.LegalForm, d.RegionId, d.Licence, d.Contact);
        }, ct);
        if (saved.Succeeded)
            await files.SettleAsync(userId, Ids(licenceBefore), Ids(saved.Value!.Licence.FileId), ct);
        return saved;

        static IReadOnlySet<string> Ids(string? id) => id is null ? new HashSet<string>() : new HashSet<string> { id };
    }

    /// <summary>The applications the member's organisation files, newest first; nothing for someone who is not an organisation's.</summary>
    public async Task<IReadOnlyList<OrganisationApplicationRow>> ApplicationsAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var organisationId = await db.OrganisationMembers.Where(m => m.UserId == userId).Select(m => (int?)m.OrganisationId).FirstOrDefaultAsync(ct);
        if (organisationId is null)
            return [];
        var applications = await db.Applications.AsNoTracking().Where(a => a.OrganisationId == organisationId)
            .OrderByDescending(a => a.Id).ToListAsync(ct);
        // The entries of its registered specialists, with the day their category lapses (row 9, validity per scale).
        var registeredIds = applications.Where(a => a.Status == ApplicationStatus.Registered).Select(a => a.Id).ToList();
        var entries = await db.RegisterEntries.AsNoTracking().Where(e => registeredIds.Contains(e.ApplicationId) && e.State != Register.EntryState.Excluded)
            .Select(e => new { e.ApplicationId, e.Number, e.CurrentCategoryId, e.CurrentCategoryAssignedOn }).ToDictionaryAsync(e => e.ApplicationId, ct);
        var catalog = entries.Count == 0 ? null : await ReferenceData.ReferenceCatalog.LoadAsync(db, ct);
        return applications.Select(a =>
        {
            var entry = entries.GetValueOrDefault(a.Id);
            return new OrganisationApplicationRow(a.Id, a.Personal.FullName, a.Iin, a.Status, a.ReferenceNumber,
                a.DecisionDeadline, a.AwaitsSpecialistConfirmation, a.ReturnReasons, a.DecisionComment, a.UpdatedAtUtc,
                entry?.Number, entry is null ? null : catalog!.Category(entry.CurrentCategoryId)?.LapsesOn(entry.CurrentCategoryAssignedOn));
        }).ToList();
    }

    public Task<Result<Organisation>> SubmitForVerificationAsync(string userId, Guid version, CancellationToken ct = default) =>
        ChangeOwnAsync(userId, version, o => o.SubmitForVerification(KazakhstanTime.DateOf(Now), Now), ct);

    /// <summary>The organisation that filed <paramref name="application"/> and the confirmation's contact; null for a person's own application.</summary>
    public async Task<Filing?> FilingOfAsync(Application application, CancellationToken ct = default)
    {
        if (application.OrganisationId is not { } organisationId)
            return null;
        await using var db = await factory.CreateDbContextAsync(ct);
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisationId, ct);
        var used = await db.SpecialistInvitations.AsNoTracking().Where(i => i.ApplicationId == application.Id && i.UsedAtUtc != null)
            .OrderByDescending(i => i.UsedAtUtc).Select(i => new { i.InviteeId, i.UsedAtUtc }).FirstOrDefaultAsync(ct);
        var through = used is null ? null : await db.Users.Where(u => u.Id == used.InviteeId).Select(u => u.UserName).FirstOrDefaultAsync(ct);
        return new Filing(organisation, through, used?.UsedAtUtc);
    }

    /// <summary>Every verified organisation, by BIN: the board's filter and the name beside each application it filed.</summary>
    public async Task<IReadOnlyList<Organisation>> VerifiedAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Organisations.AsNoTracking().Where(o => o.Status == OrganisationStatus.Verified).OrderBy(o => o.Bin).ToListAsync(ct);
    }

    /// <summary>Organisations waiting for an administrator, oldest first.</summary>
    public async Task<IReadOnlyList<Organisation>> AwaitingVerificationAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Organisations.AsNoTracking().Where(o => o.Status == OrganisationStatus.AwaitingVerification)
            .OrderBy(o => o.SubmittedAtUtc).ToListAsync(ct);
    }

    public Task<Result<Organisation>> VerifyAsync(int id, string administratorId, CancellationToken ct = default) =>
        VerifyAsync(id, new Audit.AuditActor(administratorId, null), ct);

    // The decision and its audit line commit together: a crash between them cannot leave a decision nobody recorded.
    public Task<Result<Organisation>> VerifyAsync(int id, Audit.AuditActor administrator, CancellationToken ct = default) =>
        DecideAsync(id, administrator, o => o.Verify(administrator.UserId, Now), ct);

    public Task<Result<Organisation>> ReturnForChangesAsync(int id, string administratorId, string? comment, CancellationToken ct = default) =>
        ReturnForChangesAsync(id, new Audit.AuditActor(administratorId, null), comment, ct);

    public Task<Result<Organisation>> ReturnForChangesAsync(int id, Audit.AuditActor administrator, string? comment, CancellationToken ct = default) =>
        DecideAsync(id, administrator, o => o.ReturnForChanges(administrator.UserId, comment, Now), ct);

    public Task<Result<Organisation>> RefuseAsync(int id, Audit.AuditActor administrator, string? comment, CancellationToken ct = default) =>
        DecideAsync(id, administrator, o => o.Refuse(administrator.UserId, comment, Now), ct);

    private async Task<Result<Organisation>> ChangeOwnAsync(string userId, Guid version, Action<Organisation> change, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var organisationId = await db.OrganisationMembers.Where(m => m.UserId == userId).Select(m => (int?)m.OrganisationId).FirstOrDefaultAsync(ct);
        var organisation = organisationId is null ? null : await db.Organisations.FirstOrDefaultAsync(o => o.Id == organisationId, ct);
        if (organisation is null)
            return Result<Organisation>.Fail(ErrorCode.OrganisationNotFound);
        if (organisation.Version != version)
            return Result<Organisation>.Fail(ErrorCode.ConcurrencyConflict);
        return await ApplyAsync(db, organisation, change, ct);
    }

    private async Task<Result<Organisation>> DecideAsync(int id, Audit.AuditActor administrator, Action<Organisation> decide, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct);
        return organisation is null
            ? Result<Organisation>.Fail(ErrorCode.OrganisationNotFound)
            : await ApplyAsync(db, organisation, o =>
            {
                decide(o);
                db.AuditEntries.Add(new Audit.AuditEntry(administrator, Audit.AuditAction.DecidedOrganisation, Now, detail: $"{o.Bin} {o.Status}"));
            }, ct);
    }

    private static async Task<Result<Organisation>> ApplyAsync(RegistryDbContext db, Organisation organisation, Action<Organisation> change, CancellationToken ct)
    {
        try
        {
            change(organisation);
        }
        catch (DomainException e)
        {
            return Result<Organisation>.Fail(e.Code);
        }
        return await db.TrySaveAsync(ct)
            ? Result<Organisation>.Ok(organisation)
            : Result<Organisation>.Fail(ErrorCode.ConcurrencyConflict);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
