namespace BlazorRegistry.Core.Notifications;

/// <summary>
/// Sends one SMS; throws on failure. Plug a real provider in by implementing this and registering it
/// instead of <see cref="OutboxSmsGateway"/> (README, "SMS").
/// </summary>
public interface ISmsGateway
{
    Task SendAsync(string phoneE164, string text, CancellationToken ct);
}
