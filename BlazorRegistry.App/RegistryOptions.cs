using System.ComponentModel.DataAnnotations;
using BlazorRegistry.App.Notifications;
using BlazorRegistry.Core.Data;
using Microsoft.Extensions.Options;

namespace BlazorRegistry.App;

/// <summary>
/// The "Registry" section of configuration: every setting of the app in one typed tree, read by name
/// nowhere else (README, "Configuration", lists the keys).
/// </summary>
public sealed class RegistryOptions
{
    public const string Section = "Registry";

    /// <summary>The tree as configuration gives it, for wiring that happens before the container is built.</summary>
    public static RegistryOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<RegistryOptions>() ?? new RegistryOptions();

    /// <summary>The folder Development uses when none is configured (under the app's folder, where a redeploy may delete it).</summary>
    public const string DevelopmentDataDirectory = "App_Data";

    /// <summary>
    /// Folder for the database, uploaded files and data-protection keys; relative paths are under the app's
    /// content root. Outside Development it must be configured (RegistryOptionsValidator).
    /// </summary>
    public string? DataDirectory { get; set; }

    /// <summary>The SQLite file; defaults to registry.db in <see cref="DataDirectory"/>.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>Which database (issue #18): SQLite (the default, no setup) or PostgreSQL, reached through ConnectionStrings:Registry.</summary>
    public DatabaseOptions Database { get; set; } = new();

    /// <summary>
    /// The database this configuration names: a SQLite file, or PostgreSQL at ConnectionStrings:Registry (refused at
    /// start, naming the key, when the connection string is missing).
    /// </summary>
    public DatabaseSettings ResolveDatabase(IConfiguration configuration, string contentRoot)
    {
        if (Database.Provider != DatabaseProvider.PostgreSql)
            return DatabaseSettings.SqliteFile(ResolveDatabasePath(contentRoot));
        var connectionString = configuration.GetConnectionString("Registry");
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new OptionsValidationException(Section, typeof(RegistryOptions),
                [$"{Section}:Database:Provider is PostgreSql but ConnectionStrings:Registry is not set (e.g. ConnectionStrings__Registry=\"Host=…;Database=registry;Username=…\")."]);
        return DatabaseSettings.PostgreSql(connectionString);
    }

    /// <summary>
    /// The address the public reaches the register at ("https://registry.enbek.kz"), for links that leave the
    /// screen: the QR code printed on an extract. Unset, the address of the request is used, which behind a
    /// proxy may be an internal one.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>The organisation that reviews applications (Order 21, cl. 2.3), named in both languages.</summary>
    public LocalizedName Administrator { get; set; } = new();

    /// <summary>
    /// The first administrator, created on start when no account has this e-mail
    /// (Registry__FirstAdministrator__Email / __Password in the environment).
    /// </summary>
    public AdministratorSettings? FirstAdministrator { get; set; }

    /// <summary>Development only: a demo administrator so a newcomer can try the board at once.</summary>
    public AdministratorSettings? DemoAdministrator { get; set; }

    /// <summary>Registry:Smtp, the mail server.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Registry:Accounts: one-time code limits and which staff roles need a second factor.</summary>
    public AccountOptions Accounts { get; set; } = new();

    /// <summary>Registry:ForwardedHeaders.</summary>
    public Components.Account.RateLimiting.ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();

    /// <summary>Registry:RateLimits.</summary>
    public RateLimitOptions RateLimits { get; set; } = new();

    /// <summary>Registry:Exports, what CSV and XLSX exports may cost.</summary>
    public Register.ExportOptions Exports { get; set; } = new();

    /// <summary>Registry:Uploads, what one applicant may store.</summary>
    public Core.Files.UploadQuota Uploads { get; set; } = new();

    /// <summary>Registry:Health.</summary>
    public Health.HealthOptions Health { get; set; } = new();

    /// <summary>Registry:Delivery, the e-mail and SMS queues.</summary>
    public DeliveryOptions Delivery { get; set; } = new();

    /// <summary>Registry:Benchmark, the hooks bench/run.sh needs.</summary>
    public BenchmarkOptions Benchmark { get; set; } = new();

    public string ResolveDataDirectory(string contentRoot) => Path.GetFullPath(DataDirectory ?? DevelopmentDataDirectory, contentRoot);

    public string ResolveDatabasePath(string contentRoot) =>
        Path.GetFullPath(DatabasePath ?? Path.Combine(ResolveDataDirectory(contentRoot), "registry.db"), contentRoot);
}

/// <summary>A name that configuration gives in Kazakh and Russian.</summary>
public sealed class LocalizedName
{
    public string Kk { get; set; } = "";
    public string Ru { get; set; } = "";

    public string In(BlazorRegistry.Core.Language language) => language == BlazorRegistry.Core.Language.Russian ? Ru : Kk;
}

public sealed class AdministratorSettings
{
    [EmailAddress]
    public string? Email { get; set; }
    public string? Password { get; set; }
}

/// <summary>Requests per client address and minute.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Form posts to one account page (sign-in, sign-up, codes, passwords).</summary>
    [Range(1, 100_000)]
    public int AccountPostsPerMinute { get; set; } = 20;

    /// <summary>Bulk checks of the register (each up to 100 lines) per client address.</summary>
    [Range(1, 100_000)]
    public int BulkChecksPerMinute { get; set; } = 10;

    /// <summary>Requests to the open-data API.</summary>
    [Range(1, 100_000)]
    public int ApiRequestsPerMinute { get; set; } = 120;
}

public sealed class AccountOptions
{
    public Core.Accounts.CodeLimits Codes { get; set; } = new();
    public Core.Accounts.TwoFactorPolicy TwoFactor { get; set; } = new();
}

public sealed class BenchmarkOptions
{
    /// <summary>Maps /bench/* (loopback only). Never on by default.</summary>
    public bool Enabled { get; set; }
}

public sealed class DeliveryOptions
{
    /// <summary>/health reports "Degraded" when the oldest undelivered e-mail or SMS is older than this.</summary>
    [Range(1, 7 * 24 * 60)]
    public int MaxBacklogAgeMinutes { get; set; } = 15;
}

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
