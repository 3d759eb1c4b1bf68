using System.Diagnostics;

namespace BlazorRegistry.App.Components.Account;

/// <summary>
/// The pages that may or may not create an account or send a code (sign-up, resend, forgot-password)
/// answer no sooner than <see cref="Floor"/>, whatever they did, and the code pages (confirm, reset) no
/// sooner than <see cref="CodeCheckFloor"/>: a wrong code for a real account waits for the database's
/// write lock, one for nobody only hashes. Otherwise the time of the answer would tell whether the
/// identifier has an account.
/// </summary>
public static class EvenTiming
{
    public static readonly TimeSpan Floor = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan CodeCheckFloor = TimeSpan.FromMilliseconds(300);

    public static async Task RunAsync(Func<Task> work, TimeSpan? floor = null)
    {
        var started = Stopwatch.GetTimestamp();
        await work();
        // Task.Delay rounds down to whole milliseconds and its timer may fire a little early (CI saw 298 ms
        // for a 300 ms floor), so wait again until the stopwatch agrees.
        TimeSpan left;
        while ((left = (floor ?? Floor) - Stopwatch.GetElapsedTime(started)) > TimeSpan.Zero)
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(left.TotalMilliseconds)));
    }
}
