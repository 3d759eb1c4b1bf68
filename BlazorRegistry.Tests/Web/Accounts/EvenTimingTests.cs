using System.Diagnostics;
using BlazorRegistry.App.Components.Account;

namespace BlazorRegistry.Tests.Web.Accounts;

/// <summary>
/// The account pages' floor (<see cref="EvenTiming"/>): never an answer sooner, whatever the work took. A floor that is
/// not a whole number of milliseconds is where a single Task.Delay came back early (CI measured 298 ms for 300).
/// </summary>
public class EvenTimingFloor
{
    [Fact]
    public async Task NoAnswerComesBeforeTheFloorEvenForAFractionOfAMillisecond()
    {
        var floor = TimeSpan.FromMilliseconds(5.7);
        var early = new List<double>();
        for (var i = 0; i < 40; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await EvenTiming.RunAsync(() => Task.Delay(i % 4), floor);
            var took = Stopwatch.GetElapsedTime(started);
            if (took < floor)
                early.Add(took.TotalMilliseconds);
        }
        Assert.True(early.Count == 0, $"answered early: {string.Join(", ", early.Select(ms => $"{ms:F2} ms"))}");
    }
}
