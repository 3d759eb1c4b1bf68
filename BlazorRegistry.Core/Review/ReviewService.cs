using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Audit;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Register;
using BlazorRegistry.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Review;

/// <summary>
/// What the administrator's board calls: claim, release, and the three decisions of Order 21, cl. 9.
/// Each operation loads the application fresh, applies one guarded move and commits; the concurrency
/// token makes sure that of two administrators deciding at once exactly one wins.
/// </summary>
public sealed class ReviewService(
    IDbContextFactory<RegistryDbContext> factory,
    TimeProvider time,
    OutboxDispatcher outbox)
{
    public Task<Result<Application>> ClaimAsync(int id, string administratorId, bool takeOver = false, CancellationToken ct = default) =>
        MoveAsync(id, administratorId, ApplicationEventKind.Claimed, (a, _, now) => a.Claim(administratorId, now, takeOver), ct);

    public Task<Result<Application>> ReleaseAsync(int id, string administratorId, CancellationToken ct = default) =>
        MoveAsync(id, administratorId, ApplicationEventKind.Released, (a, _, now) => a.Release(administratorId, now), ct);

    public Task<Result<Application>> ReturnForRevisionAsync(int id, string administratorId, IReadOnlyList<ReturnReason> reasons,
        string? comment, CancellationToken ct = default) =>
        MoveAsync(id, administratorId, ApplicationEventKind.ReturnedForRevision,
            (a, _, now) => a.ReturnForRevision(administratorId, reasons, comment, now), ct);

    public Task<Result<Application>> RefuseAsync(int id, string administratorId, RefusalReason reason, string? comment,
        CancellationToken ct = default) =>
        MoveAsync(id, administratorId, ApplicationEventKind.Refused, (a, db, now) =>
        {
            a.Refuse(administratorId, reason, comment, now);
            // A refused amendment leaves the entry as it was registered.
            if (a.Kind == ApplicationKind.Amendment)
                db.RegisterEntries.FirstOrDefault(e => e.ApplicantId == a.ApplicantId)?.EndAmendment();
        }, ct);

    /// <summary>Registers the application and creates (or refreshes) the specialist's register entry in the same commit.</summary>
    public Task<Result<Application>> RegisterAsync(int id, string administratorId, CancellationToken ct = default) =>
        MoveAsync(id, administratorId, ApplicationEventKind.Registered, (a, db, now) =>
        {
            var existing = db.RegisterEntries.FirstOrDefault(e => e.ApplicantId == a.ApplicantId);
            // One entry per person: the same IIN under another account (a second phone, say) is refused
            // here, and by the unique index if two such registrations race.
            if (HeldByAnother(db, a))
                throw new DomainException(ErrorCode.IinAlreadyInRegister, $"Another entry holds the IIN of application {a.Id}.");
            // An amendment of an excluded entry cannot be registered (refuse it); a new application can.
            if (existing is { State: EntryState.Excluded } && a.Kind == ApplicationKind.Amendment)
                throw new DomainException(ErrorCode.EntryExcluded, $"Entry {existing.Number} is excluded.");
            var includedOn = a.Register(administratorId, now);
            if (existing is null)
                db.RegisterEntries.Add(RegisterEntry.Include(a, includedOn, now));
            else if (existing.State == EntryState.Excluded)
                existing.Reinclude(a, includedOn, now);
            else
            {
                // The entry came with the application it holds until now: the registered version to compare with.
                existing.Refresh(a, ApplicationSnapshot.Changed(existing.Application.SubmittedSnapshot, a.SubmittedSnapshot), now);
            }
        }, ct);

    /// <summary>The application for staff, recording that this person opened its personal data.</summary>
    public async Task<Application?> OpenAsync(int id, AuditActor staff, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var application = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.Status != ApplicationStatus.Draft, ct);
        if (application is null)
            return null;
        db.AuditEntries.Add(new AuditEntry(staff, AuditAction.OpenedPersonalData, time.GetUtcNow().UtcDateTime, id));
        await db.SaveChangesAsync(ct);
        return application;
    }

    /// <summary>Reloads without an audit line (after a live update or a refused move the same person already opened it).</summary>
    public async Task<Application?> ReloadAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.Status != ApplicationStatus.Draft, ct);
    }

    private async Task<Result<Application>> MoveAsync(int id, string administratorId, ApplicationEventKind kind,
        Action<Application, RegistryDbContext, DateTime> move, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null)
            return Result<Application>.Fail(ErrorCode.ApplicationNotFound);
        var now = time.GetUtcNow().UtcDateTime;
        try
        {
            move(application, db, now);
        }
        catch (DomainException ex)
        {
            return Result<Application>.Fail(ex.Code);
        }
        // The event commits with the move (transactional outbox); it is published only after the commit,
        // so a listener that re-queries sees the change, and a crash in between loses nothing.
        db.Outbox.Add(OutboxMessage.For(application, kind, administratorId, now));
        try
        {
            if (!await db.TrySaveAsync(ct))
                return Result<Application>.Fail(ErrorCode.ConcurrencyConflict);
        }
        catch (DbUpdateException) when (kind == ApplicationEventKind.Registered)
        {
            if (await IinTakenMeanwhileAsync(application, ct))
                return Result<Application>.Fail(ErrorCode.IinAlreadyInRegister);
            throw;
        }
        await outbox.DispatchAfterCommitAsync();
        return Result<Application>.Ok(application);
    }

    /// <summary>
    /// Other people's applications (submitted at least once) and register entries with this application's
    /// IIN: the same person under a second account, or someone's typing mistake. Staff decide which.
    /// </summary>
    public async Task<IReadOnlyList<IinMatch>> SameIinAsync(Application application, CancellationToken ct = default)
    {
        if (application.Iin is not { } iin)
            return [];
        await using var db = await factory.CreateDbContextAsync(ct);
        var applications = await db.Applications.AsNoTracking()
            .Where(a => a.Iin == iin && a.ApplicantId != application.ApplicantId && a.Status != ApplicationStatus.Draft)
            .OrderBy(a => a.Id)
            .Select(a => new IinMatch(a.Id, a.ReferenceNumber, a.Status, PersonName.Full(a.Personal.Surname, a.Personal.GivenName, a.Personal.Patronymic), null))
            .ToListAsync(ct);
        var entries = await db.RegisterEntries.AsNoTracking()
            .Where(e => e.Iin == iin && e.ApplicantId != application.ApplicantId)
            .Select(e => new { e.ApplicationId, e.Number, e.Surname, e.GivenName, e.Patronymic })
            .ToListAsync(ct);
        foreach (var e in entries)
        {
            var i = applications.FindIndex(a => a.ApplicationId == e.ApplicationId);
            if (i >= 0)
                applications[i] = applications[i] with { EntryNumber = e.Number };
            else
                applications.Add(new IinMatch(e.ApplicationId, e.Number, ApplicationStatus.Registered, PersonName.Full(e.Surname, e.GivenName, e.Patronymic), e.Number));
        }
        return applications;
    }

    /// <summary>Another account's entry in the register (not an excluded one) holds this application's IIN.</summary>
    private static bool HeldByAnother(RegistryDbContext db, Application a) =>
        a.Iin is not null && db.RegisterEntries.Any(e => e.Iin == a.Iin && e.ApplicantId != a.ApplicantId && e.State != EntryState.Excluded);

    /// <summary>After a failed commit: did another registration take this IIN at the same moment?</summary>
    private async Task<bool> IinTakenMeanwhileAsync(Application a, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return HeldByAnother(db, a);
    }
}

/// <summary>Another person's application with the same IIN; <see cref="EntryNumber"/> when it is (or was) on the register.</summary>
public sealed record IinMatch(int ApplicationId, string? ReferenceNumber, ApplicationStatus Status, string FullName, string? EntryNumber);
