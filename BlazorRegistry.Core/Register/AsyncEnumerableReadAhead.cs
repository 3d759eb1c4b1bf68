using System.Threading.Channels;

namespace BlazorRegistry.Core.Register;

/// <summary>
/// A pipeline stage for exports: reading from SQLite, parsing the stored records and writing the file each
/// take a share of the time, and on a two-core machine they overlap when each stage reads a little ahead.
/// </summary>
public static class AsyncEnumerableReadAhead
{
    /// <summary>Enumerates <paramref name="source"/> on another task, at most <paramref name="capacity"/> items ahead.</summary>
    public static async IAsyncEnumerable<T> ReadAhead<T>(this IAsyncEnumerable<T> source, int capacity,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in source.WithCancellation(stop.Token))
                    await channel.Writer.WriteAsync(item, stop.Token);
                channel.Writer.Complete();
            }
            catch (Exception ex)
            {
                channel.Writer.Complete(ex);
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var item in channel.Reader.ReadAllAsync(ct))
                yield return item;
        }
        finally
        {
            // A consumer that stops early (its write failed, the client left) stops the producer too,
            // instead of leaving it blocked on a full channel.
            stop.Cancel();
            await producer;
        }
    }
}
