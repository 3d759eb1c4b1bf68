using System.Diagnostics;
using System.Globalization;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Review;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.App.Statistics;

/// <summary>
/// bench/staff-statistics.sh's measurement (issue #17, point 3: every figure under 200 ms on the 100,000-entry demo
/// database): the whole /statistics computation, as the page asks for it, for four filters, timed 30 times each after
/// a warm-up, against a plain COUNT(*) of the applications (the data's own floor on this machine).
/// </summary>
public static class StatisticsBenchmark
{
    // dotnet BlazorRegistry.App.dll bench-statistics --Registry:DataDirectory=bench/data/register-100000
    public static async Task RunStatisticsBenchmarkAsync(this WebApplication app)
    {
        var statistics = app.Services.GetRequiredService<ReviewStatistics>();
        var factory = app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
            Console.WriteLine($"Applications: {await db.Applications.CountAsync():N0}, history lines: {await db.ApplicationHistory.CountAsync():N0}");
        var today = KazakhstanTime.Today(TimeProvider.System);
        var filters = new (string Name, StatisticsFilter Filter)[]
        {
            ("last 12 months (the page's default)", StatisticsFilter.LastYear(today)),
            ("all time (10 years)", new StatisticsFilter(today.AddDays(-StatisticsFilter.MaxDays), today)),
            ("last 12 months, one region", StatisticsFilter.LastYear(today) with { RegionId = 18 }),
            ("last 12 months, one profession", StatisticsFilter.LastYear(today) with { ProfessionId = 4 }),
        };
        Console.WriteLine("| Filter | Received | Decided | p50 ms | p95 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, filter) in filters)
        {
            var figures = await statistics.ComputeAsync(filter); // warm-up: plans and pages in memory
            var times = new List<double>();
            for (var i = 0; i < 30; i++)
            {
                var watch = Stopwatch.StartNew();
                await statistics.ComputeAsync(filter);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {figures.Received:N0} | {figures.TimelinessByMonth.Sum(m => m.Decided):N0} | {times[14]:F1} | {times[28]:F1} | {times[^1]:F1} |"));
        }
        await BlazorRegistry.App.Diagnostics.CountFloor.PrintAsync(factory);
    }
}
