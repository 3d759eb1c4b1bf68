using BlazorRegistry.Core;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Notifications;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Data;

/// <summary>Issue #18, point 4: two instances starting together on an empty PostgreSQL database both start; one migrates and seeds.</summary>
public class ConcurrentStart
{
    [Fact]
    public async Task TwoInstancesStartingAtOnceMigrateAndSeedOnce()
    {
        Assert.SkipWhen(TestDatabase.PostgreSqlServer is null, "Several instances share a PostgreSQL database only.");
        await using var a = await TestDatabase.CreateAsync(initialize: false);
        await using var b = a.SecondInstance();

        await Task.WhenAll(
            Task.Run(() => a.Get<DatabaseInitializer>().InitializeAsync()),
            Task.Run(() => b.GetRequiredService<DatabaseInitializer>().InitializeAsync()));

        await using var db = a.NewContext();
        Assert.Equal(20, await db.Regions.CountAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
