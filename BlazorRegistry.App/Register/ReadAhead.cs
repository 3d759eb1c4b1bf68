namespace BlazorRegistry.App.Register;

/// <summary>Reading from SQLite and writing a file overlap on two cores when rows are read a little ahead.</summary>
public static class AsyncEnumerableReadAhead
{
    /// <summary>Enumerates <paramref name="source"/> on another task, at most <paramref name="capacity"/> items ahead.</summary>
    public static async IAsyncEnumerable<T> ReadAhead<T>(this IAsyncEnumerable<T> source, int capacity,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var channel = System.Threading.Channels.Channel.CreateBounded<T>(new System.Threading.Channels.BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in source.WithCancellation(ct))
                    await channel.Writer.WriteAsync(item, ct);
                channel.Writer.Complete();
            }
            catch (Exception ex)
            {
                channel.Writer.Complete(ex);
            }
        }, ct);
        await foreach (var item in channel.Reader.ReadAllAsync(ct))
            yield return item;
        await producer;
    }
}
