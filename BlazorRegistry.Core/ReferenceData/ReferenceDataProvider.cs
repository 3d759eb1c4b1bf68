using BlazorRegistry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.ReferenceData;

/// <summary>
/// The reference lists for pages, exports and the API: kept for a minute (every register search and
/// wizard step needs them), so an administrator's edit may take that long to show. Rules that decide
/// something (submission, completeness) read the tables themselves with <see cref="ReferenceCatalog.LoadAsync"/>.
/// </summary>
public sealed class ReferenceDataProvider(IDbContextFactory<RegistryDbContext> factory, TimeProvider time)
{
    private readonly ShortLivedCache<ReferenceCatalog> _catalog = new(time, async ct =>
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await ReferenceCatalog.LoadAsync(db, ct);
    });

    public Task<ReferenceCatalog> GetAsync(CancellationToken ct = default) => _catalog.GetAsync(ct);

    /// <summary>After an edit of the lists: the next reader loads them again.</summary>
    public void Invalidate() => _catalog.Invalidate();
}
