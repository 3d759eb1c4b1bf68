namespace BlazorRegistry.Core.Notifications;

/// <summary>Sends one e-mail; throws when the server refuses or cannot be reached.</summary>
public interface IEmailTransport
{
    Task SendAsync(string to, string subject, string body, CancellationToken ct);
}
