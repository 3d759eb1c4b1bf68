using System.ComponentModel.DataAnnotations;
using BlazorRegistry.Core.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace BlazorRegistry.App.Notifications;

/// <summary>Registry:Smtp: the mail server that sends the register's e-mails.</summary>
public sealed class SmtpOptions
{
    [Required]
    public string Host { get; set; } = "localhost";
    [Range(1, 65535)]
    public int Port { get; set; } = 2525;
    /// <summary>None, StartTls, SslOnConnect or Auto (MailKit's SecureSocketOptions).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.None;
    public string? User { get; set; }
    public string? Password { get; set; }
    [Required, EmailAddress]
    public string From { get; set; } = "noreply@registry.local";
    public string FromName { get; set; } = "Мамандар тізілімі / Реестр специалистов";
    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 20;
}

/// <summary>
/// Sends e-mail through the SMTP server in configuration: one connection per batch of the delivery worker
/// (<see cref="ConnectAsync"/>), reconnecting when the server has dropped it.
/// </summary>
public sealed class MailKitEmailTransport(IOptions<RegistryOptions> options) : IEmailTransport
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken ct)
    {
        await using var connection = await ConnectAsync(ct);
        await connection.SendAsync(to, subject, body, ct);
    }

    public Task<IEmailConnection> ConnectAsync(CancellationToken ct) => Task.FromResult<IEmailConnection>(new Connection(options.Value.Smtp));

    /// <summary>Opens lazily on the first message, so an empty batch costs nothing.</summary>
    private sealed class Connection(SmtpOptions o) : IEmailConnection
    {
        private readonly SmtpClient _client = new() { Timeout = o.TimeoutSeconds * 1000 };

        public async Task SendAsync(string to, string subject, string body, CancellationToken ct)
        {
            var message = new MimeMessage();
            message.From.Add(new MailboxAddress(o.FromName, o.From));
            message.To.Add(MailboxAddress.Parse(to));
            message.Subject = subject;
            message.Body = new TextPart("plain") { Text = body };
            if (!_client.IsConnected)
            {
                await _client.ConnectAsync(o.Host, o.Port, o.Security, ct);
                if (!string.IsNullOrEmpty(o.User))
                    await _client.AuthenticateAsync(o.User, o.Password ?? "", ct);
            }
            await _client.SendAsync(message, ct);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (_client.IsConnected)
                    await _client.DisconnectAsync(quit: true);
            }
            finally
            {
                _client.Dispose();
            }
        }
    }
}
