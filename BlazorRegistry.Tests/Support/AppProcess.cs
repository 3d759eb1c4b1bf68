using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace BlazorRegistry.Tests.Support;

/// <summary>
/// The app as its own operating-system process (dotnet BlazorRegistry.App.dll from the test's output),
/// for what an in-process server cannot show: a SIGKILL, a restart, the backup and restore commands.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private static readonly string AppDll = Path.Combine(AppContext.BaseDirectory, "BlazorRegistry.App.dll");
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    public Uri Address { get; }
    public string Log { get { lock (_log) return _log.ToString(); } }

    private AppProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    private static ProcessStartInfo StartInfo(string dataDirectory, IEnumerable<string> args, IDictionary<string, string>? settings)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(AppDll);
        foreach (var a in args)
            info.ArgumentList.Add(a);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Registry__DataDirectory"] = dataDirectory;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        // No mail server: e-mails wait in their queue, which is all these tests need.
        info.Environment["Registry__Smtp__Host"] = "127.0.0.1";
        info.Environment["Registry__Smtp__Port"] = "9";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            info.Environment[key] = value;
        return info;
    }

    /// <summary>Starts the app on a free loopback port and waits until /health/ready answers.</summary>
    public static async Task<AppProcess> StartAsync(string dataDirectory, IDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var info = StartInfo(dataDirectory, [], settings);
        info.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var app = new AppProcess(process, address);
        process.OutputDataReceived += (_, e) => { lock (app._log) app._log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (app._log) app._log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The app exited with {process.ExitCode}: {app.Log}");
            try
            {
                if ((await client.GetAsync("/health/live")).IsSuccessStatusCode)
                    return app;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The app did not answer within 120 s: {app.Log}");
    }

    /// <summary>Runs a command of the app (backup, restore) to its end.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(string dataDirectory, params string[] args)
    {
        using var process = Process.Start(StartInfo(dataDirectory, args, null)) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        return (process.ExitCode, await output + await error);
    }

    /// <summary>SIGKILL on Linux: no shutdown, no flush, as when the machine loses power or the OOM killer strikes.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
