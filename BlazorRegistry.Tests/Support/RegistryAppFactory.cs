using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BlazorRegistry.Tests.Support;

/// <summary>
/// The real app on real Kestrel at 127.0.0.1 on a free port, with its own SQLite file, a real SMTP sink
/// and a clock the test moves, so HTTP tests and the browser see exactly what a user would.
/// </summary>
public class RegistryAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "registry-web-tests", Guid.NewGuid().ToString("N"));
    private readonly bool _keepData;

    /// <summary>The folder of the database, uploads and keys.</summary>
    public string DataDirectory => _dataDirectory;

    /// <summary>Starts at the real "now" (Identity's own lockout clock must agree) and moves only when a test says.</summary>
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);
    public SmtpSink Smtp { get; private set; } = null!;

    /// <summary>Form posts per minute to the account pages; high by default so tests do not trip over it.</summary>
    protected virtual int AccountPostsPerMinute => 10_000;

    public RegistryAppFactory()
    {
        UseKestrel(0);
    }

    /// <summary>An app on an existing data directory, left in place when the app stops (restart tests).</summary>
    protected RegistryAppFactory(string dataDirectory) : this()
    {
        _dataDirectory = dataDirectory;
        _keepData = true;
    }

    public async ValueTask InitializeAsync() => Smtp = await SmtpSink.StartAsync();

    public Uri ServerAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Registry:DataDirectory", _dataDirectory);
        builder.UseSetting("Registry:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Registry:Smtp:Port", Smtp.Port.ToString());
        builder.UseSetting("Registry:RateLimits:AccountPostsPerMinute", AccountPostsPerMinute.ToString());
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
    }

    /// <summary>Configuration a test class needs on top of the defaults (a lower limit, another environment).</summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings => [];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Smtp is not null)
            await Smtp.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!_keepData)
            try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}
