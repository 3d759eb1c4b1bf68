namespace BlazorRegistry.App;

/// <summary>The "Registry" section of configuration.</summary>
public sealed class RegistryOptions
{
    public const string Section = "Registry";

    /// <summary>Folder for the database and uploaded files; relative paths are under the app's content root.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>The SQLite file; defaults to registry.db in <see cref="DataDirectory"/>.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>The organisation that reviews applications (Order 21, cl. 2.3), named in both languages.</summary>
    public LocalizedName Administrator { get; set; } = new();

    /// <summary>
    /// The first administrator, created on start when no account has this e-mail
    /// (Registry__FirstAdministrator__Email / __Password in the environment).
    /// </summary>
    public AdministratorSettings? FirstAdministrator { get; set; }

    /// <summary>Development only: a demo administrator so a newcomer can try the board at once.</summary>
    public AdministratorSettings? DemoAdministrator { get; set; }

    public string ResolveDataDirectory(string contentRoot) => Path.GetFullPath(DataDirectory, contentRoot);

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
    public string? Email { get; set; }
    public string? Password { get; set; }
}
