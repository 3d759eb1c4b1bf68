using BlazorRegistry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Audit;

/// <summary>A search of the audit, as /admin/audit's filters give it; periods are Kazakhstan dates, both ends included.</summary>
public sealed record AuditQuery(
    IReadOnlyCollection<string>? ActorIds = null,
    int? ApplicationId = null,
    AuditAction? Action = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Total, int Page, int PageSize)
{
    public int PageCount => Paging.PageCount(Total, PageSize);
}

/// <summary>Writes and reads the audit. Writing is its own small commit, so a record is kept even when what follows fails.</summary>
public sealed class AuditLog(IDbContextFactory<RegistryDbContext> factory, TimeProvider time)
{
    public async Task RecordAsync(AuditActor actor, AuditAction action, int? applicationId = null, string? subjectUserId = null,
        string? detail = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        db.AuditEntries.Add(new AuditEntry(actor, action, time.GetUtcNow().UtcDateTime, applicationId, subjectUserId, detail));
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<AuditEntry>> OfApplicationAsync(int applicationId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.AuditEntries.AsNoTracking().Where(e => e.ApplicationId == applicationId).OrderBy(e => e.AtUtc).ToListAsync(ct);
    }

    /// <summary>Newest first, paged in SQL.</summary>
    public async Task<AuditPage> SearchAsync(AuditQuery query, CancellationToken ct = default)
    {
        var pageSize = Paging.Normalize(query.PageSize);
        var page = Math.Max(1, query.Page);
        await using var db = await factory.CreateDbContextAsync(ct);
        var entries = Filter(db.AuditEntries.AsNoTracking(), query);
        var total = await entries.CountAsync(ct);
        var list = await entries.OrderByDescending(e => e.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new AuditPage(list, total, page, pageSize);
    }

    /// <summary>Every entry of a search, newest first, in batches (for the CSV).</summary>
    public async IAsyncEnumerable<AuditEntry> StreamAsync(AuditQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        long? before = null;
        while (true)
        {
            List<AuditEntry> batch;
            await using (var db = await factory.CreateDbContextAsync(ct))
            {
                var entries = Filter(db.AuditEntries.AsNoTracking(), query);
                if (before is { } id)
                    entries = entries.Where(e => e.Id < id);
                batch = await entries.OrderByDescending(e => e.Id).Take(1000).ToListAsync(ct);
            }
            foreach (var entry in batch)
                yield return entry;
            if (batch.Count < 1000)
                yield break;
            before = batch[^1].Id;
        }
    }

    private static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, AuditQuery q)
    {
        if (q.ActorIds is { } actors)
            entries = entries.Where(e => actors.Contains(e.ActorId) || (e.SubjectUserId != null && actors.Contains(e.SubjectUserId)));
        if (q.ApplicationId is { } application)
            entries = entries.Where(e => e.ApplicationId == application);
        if (q.Action is { } action)
            entries = entries.Where(e => e.Action == action);
        if (q.From is { } from)
        {
            var fromUtc = from.ToDateTime(TimeOnly.MinValue) - Calendar.KazakhstanTime.Offset;
            entries = entries.Where(e => e.AtUtc >= fromUtc);
        }
        if (q.To is { } to)
        {
            var toUtc = to.AddDays(1).ToDateTime(TimeOnly.MinValue) - Calendar.KazakhstanTime.Offset;
            entries = entries.Where(e => e.AtUtc < toUtc);
        }
        return entries;
    }
}
