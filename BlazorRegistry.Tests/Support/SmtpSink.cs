using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace BlazorRegistry.Tests.Support;

/// <summary>
/// A real SMTP server for tests: Debian's aiosmtpd writing every message to a Maildir (the test command
/// installs python3-aiosmtpd when missing). The app sends to it through MailKit exactly as in production.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private const string DebianPython = "/usr/bin/python3";
    private readonly Process _process;
    private readonly string _maildir;

    public int Port { get; }

    private SmtpSink(Process process, string maildir, int port)
    {
        _process = process;
        _maildir = maildir;
        Port = port;
    }

    public static async Task<SmtpSink> StartAsync()
    {
        var port = FreePort();
        var maildir = Path.Combine(Path.GetTempPath(), "registry-smtp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(maildir);
        var process = Process.Start(new ProcessStartInfo(DebianPython,
            ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", Path.Combine(maildir, "box")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        var sink = new SmtpSink(process, maildir, port);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"aiosmtpd exited: {await process.StandardError.ReadToEndAsync()} (run ./test.sh, which installs python3-aiosmtpd)");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return sink;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException("aiosmtpd did not listen within 15 s.");
    }

    /// <summary>The newest message to <paramref name="to"/>, waiting for the app's background delivery.</summary>
    public async Task<MimeMessage> WaitForMessageAsync(string to, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            var messages = MessagesTo(to);
            if (messages.Count >= count)
                return messages[^1];
            await Task.Delay(100);
        }
        throw new TimeoutException($"No message number {count} to {to} arrived.");
    }

    public List<MimeMessage> MessagesTo(string to)
    {
        var folder = Path.Combine(_maildir, "box", "new");
        if (!Directory.Exists(folder))
            return [];
        return Directory.GetFiles(folder)
            .Select(f => (File: f, Time: File.GetLastWriteTimeUtc(f)))
            .OrderBy(f => f.Time).ThenBy(f => f.File)
            .Select(f => MimeMessage.Load(f.File))
            .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try { _process.Kill(entireProcessTree: true); await _process.WaitForExitAsync(); } catch (InvalidOperationException) { }
        _process.Dispose();
        try { Directory.Delete(_maildir, recursive: true); } catch (IOException) { }
    }
}
