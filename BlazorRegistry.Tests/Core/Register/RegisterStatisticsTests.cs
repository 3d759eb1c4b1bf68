using BlazorRegistry.Core.Register;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Tests.Core.Register;

/// <summary>Issue #17, point 4: the public counts, against counts taken independently from the same entries.</summary>
public class PublicStatisticsFigures
{
    [Fact]
    public async Task CountsEveryEntryOnTheRegisterByRegionAndProfessionExcludedOnesNot()
    {
        await using var test = await TestDatabase.CreateAsync();
        for (var i = 0; i < 5; i++)
            await Registered.CreateAsync(test.Services, $"s-{i}", "Санақова", "Әсел", new Consent(Publish: i % 2 == 0),
                a => a.UpdateContacts(a.Contacts, a.Address with { RegionId = i < 3 ? 18 : 1 }, TestApplications.NowUtc));
        await using (var db = test.NewContext())
        {
            var one = await db.RegisterEntries.OrderBy(e => e.Id).FirstAsync();
            one.Exclude(ExclusionReason.Death, TestApplications.Today, "—", "admin", TestApplications.Today, TestApplications.NowUtc);
            await db.SaveChangesAsync();
        }

        var figures = await test.Get<RegisterStatistics>().PublicAsync();

        await using var check = test.NewContext();
        var entries = await check.RegisterEntries.Where(e => e.State != EntryState.Excluded).Select(e => new { e.RegionId, e.ProfessionId }).ToListAsync();
        Assert.Equal(4, figures.Total);
        Assert.Equal(entries.GroupBy(e => e.RegionId).Select(g => new RegisterCount(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Id),
            figures.ByRegion);
        Assert.Equal(entries.GroupBy(e => e.ProfessionId).Select(g => new RegisterCount(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Id),
            figures.ByProfession);
        Assert.Equal([new RegisterCount(18, 2), new RegisterCount(1, 2)], figures.ByRegion.OrderByDescending(c => c.Id)); // 3 in Astana, one excluded
    }
}
