using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BlazorRegistry.Tests.Support;

/// <summary>
/// The real app on real Kestrel at 127.0.0.1 on a free port, with its own SQLite file, so HTTP tests
/// and the browser see exactly what a user would.
/// </summary>
public sealed class RegistryAppFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "registry-web-tests", Guid.NewGuid().ToString("N"));

    public RegistryAppFactory()
    {
        UseKestrel(0);
    }

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
        builder.UseSetting("urls", "http://127.0.0.1:0");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { }
    }
}
