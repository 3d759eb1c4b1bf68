using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Audit;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Register;

/// <summary>
/// A register entry's life after registration: the specialist's consent and contacts, their request to
/// leave, and an administrator's exclusion. Each call loads the entry, applies one guarded move, and commits
/// it with its history line and its outbox event (the page cache, the boards and the notices hear of it
/// once committed).
/// </summary>
public sealed class EntryService(IDbContextFactory<RegistryDbContext> factory, TimeProvider time, OutboxDispatcher outbox)
{
    /// <summary>The specialist's own entry with its history, or null.</summary>
    public async Task<RegisterEntry?> FindOwnAsync(string applicantId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.RegisterEntries.AsNoTracking().Include(e => e.Versions.OrderBy(v => v.Id)).AsSplitQuery()
            .FirstOrDefaultAsync(e => e.ApplicantId == applicantId, ct);
    }

    /// <summary>Any entry by number with its history, for staff (excluded ones included).</summary>
    public async Task<RegisterEntry?> FindForStaffAsync(string number, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.RegisterEntries.AsNoTracking().Include(e => e.Versions.OrderBy(v => v.Id)).AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Number == number, ct);
    }

    /// <summary>The specialist's own entry and a newly recorded extract of it; null unless the entry is in the register.</summary>
    public async Task<(RegisterEntry Entry, EntryExtract Extract)?> IssueExtractAsync(string applicantId, Language language, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var entry = await db.RegisterEntries.AsNoTracking().FirstOrDefaultAsync(e => e.ApplicantId == applicantId, ct);
        if (entry is null || entry.State == EntryState.Excluded)
            return null;
        var now = time.GetUtcNow().UtcDateTime;
        // The same extract downloaded again the same day is the same extract: one row, one code.
        var latest = await db.EntryExtracts.AsNoTracking().Where(x => x.EntryId == entry.Id && x.Language == language)
            .OrderByDescending(x => x.IssuedAtUtc).FirstOrDefaultAsync(ct);
        if (latest is not null && latest.StillCurrentFor(entry, language, now))
            return (entry, latest);
        var extract = EntryExtract.Issue(entry, language, now);
        db.EntryExtracts.Add(extract);
        await db.SaveChangesAsync(ct);
        return (entry, extract);
    }

    /// <summary>What the extract with this QR code stands for now; null for a code the register never issued.</summary>
    public async Task<(ExtractCheck Check, DateTime IssuedAtUtc)?> CheckExtractAsync(string code, CancellationToken ct = default)
    {
        if (code.Length != EntryExtract.CodeLength)
            return null;
        await using var db = await factory.CreateDbContextAsync(ct);
        var extract = await db.EntryExtracts.AsNoTracking().FirstOrDefaultAsync(x => x.Code == code, ct);
        if (extract is null)
            return null;
        var entry = await db.RegisterEntries.AsNoTracking().Include(e => e.Versions.OrderBy(v => v.Id)).AsSplitQuery().SingleAsync(e => e.Id == extract.EntryId, ct);
        return (ExtractCheck.Of(extract, entry), extract.IssuedAtUtc);
    }

    public Task<Result<RegisterEntry>> ChangeConsentAsync(string applicantId, bool publish, bool showDateOfBirth, bool showContacts,
        bool showAddress, string textVersion, CancellationToken ct = default) =>
        ChangeOwnAsync(applicantId, ApplicationEventKind.EntryConsentChanged,
            (e, now) => e.ChangeConsent(publish, showDateOfBirth, showContacts, showAddress, textVersion, now), ct);

    /// <summary>
    /// The one change that applies without review: the phone and e-mail (<see cref="RegisterEntry.ChangeContacts"/>
    /// touches nothing else). They prove nothing the Order checks and need no document; everything else (name,
    /// address, profession, education, employment, category, documents) changes only through an amendment
    /// reviewed on the board. Checked as the wizard checks them; audited.
    /// </summary>
    public async Task<Result<RegisterEntry>> ChangeContactsAsync(string applicantId, ContactData contacts, AuditActor actor, CancellationToken ct = default)
    {
        var errors = ContactRules.Check(contacts);
        if (errors.Count > 0)
            return Result<RegisterEntry>.Fail(errors);
        return await ChangeOwnAsync(applicantId, ApplicationEventKind.EntryContactsChanged, (e, now) => e.ChangeContacts(contacts, now), ct,
            (db, e, now) => db.AuditEntries.Add(new AuditEntry(actor, AuditAction.ChangedEntryContacts, now, e.ApplicationId, applicantId, e.Number)));
    }

    public Task<Result<RegisterEntry>> RequestExclusionAsync(string applicantId, CancellationToken ct = default) =>
        ChangeOwnAsync(applicantId, ApplicationEventKind.EntryExclusionRequested, (e, now) => e.RequestExclusion(now), ct);

    /// <summary>An administrator excludes the entry: it leaves the public register at once; audited; the specialist is told.</summary>
    public async Task<Result<RegisterEntry>> ExcludeAsync(string number, AuditActor administrator, ExclusionReason reason, DateOnly on,
        string? comment, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var entry = await db.RegisterEntries.FirstOrDefaultAsync(e => e.Number == number, ct);
        if (entry is null)
            return Result<RegisterEntry>.Fail(ErrorCode.EntryNotFound);
        var now = time.GetUtcNow().UtcDateTime;
        try
        {
            entry.Exclude(reason, on, comment, administrator.UserId, KazakhstanTime.DateOf(now), now);
        }
        catch (DomainException ex)
        {
            return Result<RegisterEntry>.Fail(ex.Code);
        }
        db.AuditEntries.Add(new AuditEntry(administrator, AuditAction.ExcludedEntry, now, entry.ApplicationId, entry.ApplicantId,
            $"{entry.Number} {reason.Code()} {on:yyyy-MM-dd}"));
        return await CommitAsync(db, entry, ApplicationEventKind.EntryExcluded, administrator.UserId, now, ct);
    }

    private async Task<Result<RegisterEntry>> ChangeOwnAsync(string applicantId, ApplicationEventKind kind, Action<RegisterEntry, DateTime> move,
        CancellationToken ct, Action<RegistryDbContext, RegisterEntry, DateTime>? alongside = null)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var entry = await db.RegisterEntries.FirstOrDefaultAsync(e => e.ApplicantId == applicantId, ct);
        if (entry is null)
            return Result<RegisterEntry>.Fail(ErrorCode.EntryNotFound);
        var now = time.GetUtcNow().UtcDateTime;
        try
        {
            move(entry, now);
        }
        catch (DomainException ex)
        {
            return Result<RegisterEntry>.Fail(ex.Code);
        }
        alongside?.Invoke(db, entry, now);
        return await CommitAsync(db, entry, kind, applicantId, now, ct);
    }

    private async Task<Result<RegisterEntry>> CommitAsync(RegistryDbContext db, RegisterEntry entry, ApplicationEventKind kind, string actorId,
        DateTime now, CancellationToken ct)
    {
        db.Outbox.Add(OutboxMessage.For(entry, kind, actorId, now));
        if (!await db.TrySaveAsync(ct))
            return Result<RegisterEntry>.Fail(ErrorCode.ConcurrencyConflict);
        // Published after the commit: the page cache is cleared before this returns, so the next anonymous
        // request already sees the change.
        await outbox.DispatchAfterCommitAsync();
        return Result<RegisterEntry>.Ok(entry);
    }
}
