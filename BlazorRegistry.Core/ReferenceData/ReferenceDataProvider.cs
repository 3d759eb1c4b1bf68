using BlazorRegistry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.ReferenceData;

/// <summary>
/// The reference lists for pages, exports and the API: kept for a minute (every register search and
/// wizard step needs them). An administrator's edit drops them at once: in this process directly (<see cref="Invalidate"/>),
/// in every other instance on the database when its outbox dispatcher hears the edit's event. Rules that decide
/// something (submission, completeness) read the tables themselves with <see cref="ReferenceCatalog.LoadAsync"/>.
/// </summary>
public sealed class ReferenceDataProvider
{
    private readonly ShortLivedCache<ReferenceCatalog> _catalog;

    public ReferenceDataProvider(IDbContextFactory<RegistryDbContext> factory, TimeProvider time, Events.IApplicationEvents events)
    {
        _catalog = new(time, async ct =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await ReferenceCatalog.LoadAsync(db, ct);
        });
        // Lives as long as the process (a singleton): the subscription is never given back.
        events.Subscribe(e =>
        {
            if (e.Kind == Events.ApplicationEventKind.ReferenceDataChanged)
                Invalidate();
            return Task.CompletedTask;
        });
    }

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
