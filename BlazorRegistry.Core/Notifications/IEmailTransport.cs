namespace BlazorRegistry.Core.Notifications;

/// <summary>Sends one e-mail; throws when the server refuses or cannot be reached.</summary>
public interface IEmailTransport
{
    Task SendAsync(string to, string subject, string body, CancellationToken ct);

    /// <summary>
    /// One connection for a batch of messages (dispose it to close). The default sends each message on its
    /// own; a real SMTP transport keeps one connection open for the whole batch.
    /// </summary>
    Task<IEmailConnection> ConnectAsync(CancellationToken ct) => Task.FromResult<IEmailConnection>(new OneByOne(this));

    private sealed class OneByOne(IEmailTransport transport) : IEmailConnection
    {
        public Task SendAsync(string to, string subject, string body, CancellationToken ct) => transport.SendAsync(to, subject, body, ct);
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>An open connection to the mail server, reused for every message of a batch.</summary>
public interface IEmailConnection : IAsyncDisposable
{
    Task SendAsync(string to, string subject, string body, CancellationToken ct);
}
