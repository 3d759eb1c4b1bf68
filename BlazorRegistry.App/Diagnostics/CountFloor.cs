using System.Diagnostics;
using System.Globalization;
using BlazorRegistry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.App.Diagnostics;

/// <summary>The benchmark commands' floor: a plain COUNT(*) of the applications, timed 30 times, as the data's own cost on this machine.</summary>
public static class CountFloor
{
    public static async Task PrintAsync(IDbContextFactory<RegistryDbContext> factory)
    {
        var counts = new List<double>();
        for (var i = 0; i < 30; i++)
        {
            await using var db = await factory.CreateDbContextAsync();
            var watch = Stopwatch.StartNew();
            await db.Applications.CountAsync();
            counts.Add(watch.Elapsed.TotalMilliseconds);
        }
        counts.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Baseline: SELECT COUNT(*) FROM Applications, p50 {counts[14]:F1} ms, p95 {counts[28]:F1} ms"));
    }
}
