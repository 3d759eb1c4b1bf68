using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Register;

public enum RegisterSort
{
    Name,
    IncludedOnNewest,
    IncludedOnOldest,
}

/// <summary>A search of the register; every property is a query parameter of the public page.</summary>
public sealed record RegisterQuery(
    string? Name = null,
    int? RegionId = null,
    int? ProfessionId = null,
    int? CategoryId = null,
    string? Locality = null,
    string? Organisation = null,
    RegisterSort Sort = RegisterSort.Name,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize)
{
}

/// <param name="TotalIsAtLeast">
/// The search was counted only so far (<see cref="RegisterService.CountAhead"/>): there are more than <paramref name="Total"/>.
/// </param>
public sealed record RegisterPage(IReadOnlyList<RegisterRow> Rows, int Total, int Page, int PageSize, bool TotalIsAtLeast = false)
{
    public int PageCount => Paging.PageCount(Total, PageSize);
}

/// <summary>Reads the register for the public (consented entries and fields only) and for staff (everything).</summary>
public sealed class RegisterService(IDbContextFactory<RegistryDbContext> factory, RegistryDatabase database)
{
    /// <summary>
    /// How many results past the pages before it a search counts. A broad search ("анна" in Almaty) matches a tenth of
    /// a region, and counting all of it would cost ten times more at a million entries than at a hundred thousand,
    /// while the page shows 25: past this the page says "at least" and offers the next pages (issue #21).
    /// </summary>
    public const int CountAhead = 1000;

    /// <summary>A page of the search, its total counted up to <see cref="CountAhead"/> past the pages before it.</summary>
    public Task<RegisterPage> SearchAsync(RegisterQuery query, RegisterAudience audience, CancellationToken ct = default) =>
        SearchAsync(query, audience, CountAhead, ct);

    /// <summary>A page of the search with its exact total, for the API, whose clients page through everything.</summary>
    public Task<RegisterPage> SearchCountingAllAsync(RegisterQuery query, RegisterAudience audience, CancellationToken ct = default) =>
        SearchAsync(query, audience, countAhead: null, ct);

    internal async Task<RegisterPage> SearchAsync(RegisterQuery query, RegisterAudience audience, int? countAhead, CancellationToken ct = default)
    {
        var pageSize = Paging.Normalize(query.PageSize);
        var page = Math.Max(1, query.Page);
        await using var db = await factory.CreateDbContextAsync(ct);
        // One connection for its statements: Entity Framework would open and close it for each, and every opening
        // sets the connection up again (issue #21).
        await db.Database.OpenConnectionAsync(ct);
        var entries = Filter(db.RegisterEntries.AsNoTracking(), query, audience);
        var offset = (page - 1) * pageSize;
        var (ids, total, atLeast) = countAhead is null
            ? (await PageIdsAsync(entries, query.Sort, offset, pageSize, ct), await entries.CountAsync(ct), false)
            // Never less than the page itself: the rows shown are always within the count.
            : await PageCountedSoFarAsync(entries, query.Sort, offset, pageSize, Math.Max(countAhead.Value, pageSize), ct);
        // The page's entries are read straight from their columns (StoredEntryReader): materialising 25 entities with their
        // JSON records through Entity Framework was most of a search's time.
        var stored = ids.Count == 0 ? [] : await StoredEntryReader.ReadAsync(db, database, ids, ct);
        return new RegisterPage(StoredEntryReader.RowsInOrder(ids, stored, audience).ToList(), total, page, pageSize, atLeast);
    }

    /// <summary>The page's ids and the search counted up to <paramref name="reach"/> past the pages before it.</summary>
    private static async Task<(List<int> Ids, int Total, bool AtLeast)> PageCountedSoFarAsync(IQueryable<RegisterEntry> entries,
        RegisterSort sort, int offset, int pageSize, int reach, CancellationToken ct)
    {
        if (sort == RegisterSort.Name)
        {
            // One statement for the count and the page (issue #21): the ids from the page's first on, up to one past the
            // count's reach, in name order, which every index of the register's searches keeps. Counting was a second walk
            // of the same index entries; the ids are four bytes each and at most a thousand and one.
            var fromPage = await Sort(entries, sort).Skip(offset).Take(reach + 1).Select(e => e.Id).ToListAsync(ct);
            var ids = fromPage.Take(pageSize).ToList();
            if (fromPage.Count > reach)
                return (ids, offset + reach, true);
            // A page past the end (an old link) shows nothing: its count is whole, and below the page's start.
            return (ids, fromPage.Count > 0 || offset == 0 ? offset + fromPage.Count : await entries.CountAsync(ct), false);
        }
        // Sorted by the date of inclusion, the page's ids are the date index's first few, but a thousand of them would be
        // read from the table for the names that break ties: the count stays in name order, from the index alone.
        var counted = await Sort(entries, RegisterSort.Name).Take(offset + reach + 1).CountAsync(ct);
        var page = await PageIdsAsync(entries, sort, offset, pageSize, ct);
        return counted > offset + reach ? (page, offset + reach, true) : (page, counted, false);
    }

    private static Task<List<int>> PageIdsAsync(IQueryable<RegisterEntry> entries, RegisterSort sort, int offset, int pageSize,
        CancellationToken ct) =>
        Sort(entries, sort).Skip(offset).Take(pageSize).Select(e => e.Id).ToListAsync(ct);

    /// <summary>One entry by its number; the public gets null for an entry without consent.</summary>
    public async Task<RegisterRow?> FindAsync(string number, RegisterAudience audience, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var entry = await db.RegisterEntries.AsNoTracking()
            .FirstOrDefaultAsync(e => e.Number == number && (audience == RegisterAudience.Staff || e.IsPublic), ct);
        return entry is null ? null : RegisterRow.For(entry, audience);
    }

    /// <summary>How many entries an export reads at a time.</summary>
    public const int ExportBatchSize = 1000;

    /// <summary>
    /// Every entry of a search, in order, for exports. The ids of the search are read first (four bytes
    /// an entry), then the entries in batches by id, each batch its own short read: however slowly the
    /// export is consumed, no read snapshot outlives a batch (a long one would keep SQLite's write-ahead
    /// log from being checkpointed). Entries registered after the export began are not in it; an entry
    /// whose consent was withdrawn meanwhile is left out of a public export, and each row shows the consent
    /// as it stood when its batch was read.
    /// </summary>
    public IAsyncEnumerable<RegisterRow> StreamAsync(RegisterQuery query, RegisterAudience audience, CancellationToken ct = default) =>
        StreamAsync(query, audience, ExportBatchSize, ct);

    internal async IAsyncEnumerable<RegisterRow> StreamAsync(RegisterQuery query, RegisterAudience audience, int batchSize,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        List<int> ids;
        await using (var db = await factory.CreateDbContextAsync(ct))
            ids = await Sort(Filter(db.RegisterEntries.AsNoTracking(), query, audience), query.Sort).Select(e => e.Id).ToListAsync(ct);

        // The next batch is read while this one's records are parsed: the two take about as long.
        await foreach (var (batch, entries) in ReadBatchesAsync(ids, batchSize, ct).ReadAhead(1, ct))
            foreach (var row in StoredEntryReader.RowsInOrder(batch, entries, audience))
                yield return row;
    }

    private async IAsyncEnumerable<(int[] Batch, Dictionary<int, StoredEntryReader.StoredEntry> Entries)> ReadBatchesAsync(List<int> ids,
        int batchSize, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var batch in ids.Chunk(batchSize))
        {
            Dictionary<int, StoredEntryReader.StoredEntry> entries;
            await using (var db = await factory.CreateDbContextAsync(ct))
                entries = await StoredEntryReader.ReadAsync(db, database, batch, ct);
            yield return (batch, entries);
        }
    }

    private static IOrderedQueryable<RegisterEntry> Sort(IQueryable<RegisterEntry> entries, RegisterSort sort) => sort switch
    {
        RegisterSort.IncludedOnNewest => entries.OrderByDescending(e => e.IncludedOn).ThenBy(e => e.NameKey).ThenBy(e => e.Id),
        RegisterSort.IncludedOnOldest => entries.OrderBy(e => e.IncludedOn).ThenBy(e => e.NameKey).ThenBy(e => e.Id),
        _ => entries.OrderBy(e => e.NameKey).ThenBy(e => e.Id),
    };

    internal static IQueryable<RegisterEntry> Filter(IQueryable<RegisterEntry> entries, RegisterQuery q, RegisterAudience audience)
    {
        if (audience == RegisterAudience.Public)
            entries = entries.Where(e => e.IsPublic);
        // Each word of the query must occur in the folded name, in any order: "нурлан сейт" and "nurlan seitkali"
        // find "Сейтқали Нұрлан". Contains is translated to instr(), which takes % and _ literally.
        entries = entries.WhereNameHas(e => e.NameKey, q.Name);
        if (q.RegionId is { } region)
            entries = entries.Where(e => e.RegionId == region);
        if (q.ProfessionId is { } profession)
            entries = entries.Where(e => e.ProfessionId == profession);
        if (q.CategoryId is { } category)
            entries = entries.Where(e => e.CurrentCategoryId == category);
        if (PersonName.Fold(q.Locality) is { Length: > 0 } locality)
            entries = entries.Where(e => e.LocalityKey.Contains(locality));
        if (PersonName.Fold(q.Organisation) is { Length: > 0 } organisation)
            entries = entries.Where(e => e.EmployerKey.Contains(organisation));
        return entries;
    }
}
