using BlazorRegistry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.ReferenceData;

/// <summary>
/// The reference lists for pages, exports and the API: kept for a minute (every register search and
/// wizard step needs them). An administrator's edit in this process drops them at once (<see cref="Invalidate"/>); one made
/// by another process shows within the minute. Rules that decide
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

    /// <summary>Raised after an edit of the lists, so caches of pages that name their rows drop them too.</summary>
    public event Action? Changed;

    /// <summary>After an edit of the lists: the next reader loads them again.</summary>
    public void Invalidate()
    {
        _catalog.Invalidate();
        Changed?.Invoke();
    }
}
