using System.Diagnostics;

namespace BlazorRegistry.App.Components.Account;

/// <summary>
/// The pages that may or may not create an account or send a code (sign-up, resend, forgot-password)
/// answer no sooner than <see cref="Floor"/>, whatever they did: otherwise the time of the answer would
/// tell whether the identifier has an account.
/// </summary>
public static class EvenTiming
{
    public static readonly TimeSpan Floor = TimeSpan.FromMilliseconds(250);

    public static async Task RunAsync(Func<Task> work)
    {
        var started = Stopwatch.GetTimestamp();
        await work();
        var left = Floor - Stopwatch.GetElapsedTime(started);
        if (left > TimeSpan.Zero)
            await Task.Delay(left);
    }
}
