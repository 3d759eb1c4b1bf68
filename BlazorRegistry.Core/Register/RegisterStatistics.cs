using BlazorRegistry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Register;

/// <summary>How many specialists one region or one profession has on the register.</summary>
public sealed record RegisterCount(int Id, int Count);

/// <summary>The register in figures, for the public page (issue #17, point 4).</summary>
public sealed record PublicStatistics(int Total, IReadOnlyList<RegisterCount> ByRegion, IReadOnlyList<RegisterCount> ByProfession);

/// <summary>
/// Counts of specialists on the register (every entry not excluded, published or not: a count names nobody),
/// by region and by profession, computed by the database (GROUP BY), not by loading entries.
/// </summary>
public sealed class RegisterStatistics(IDbContextFactory<RegistryDbContext> factory)
{
    public async Task<PublicStatistics> PublicAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var onRegister = db.RegisterEntries.AsNoTracking().Where(e => e.State != EntryState.Excluded);
        var byRegion = await onRegister.GroupBy(e => e.RegionId).Select(g => new RegisterCount(g.Key, g.Count())).ToListAsync(ct);
        var byProfession = await onRegister.GroupBy(e => e.ProfessionId).Select(g => new RegisterCount(g.Key, g.Count())).ToListAsync(ct);
        return new PublicStatistics(byRegion.Sum(c => c.Count),
            byRegion.OrderByDescending(c => c.Count).ThenBy(c => c.Id).ToList(),
            byProfession.OrderByDescending(c => c.Count).ThenBy(c => c.Id).ToList());
    }
}
