using Microsoft.AspNetCore.Identity;

namespace BlazorRegistry.Core.Accounts;

/// <summary>A person who signs in: an applicant, an administrator or an observer (Order 21, cl. 2 and 8).</summary>
public sealed class RegistryUser : IdentityUser
{
    /// <summary>"kk" or "ru": the language messages to this person are written in.</summary>
    public string PreferredLanguage { get; set; } = "kk";
    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>The roles of the product. Administrator: the RSE named in Order 21, cl. 2.3; Observer: read-only staff of the Ministry.</summary>
public static class Roles
{
    public const string Applicant = "Applicant";
    public const string Administrator = "Administrator";
    public const string Observer = "Observer";
    public const string Staff = Administrator + "," + Observer;

    public static readonly IReadOnlyList<string> All = [Applicant, Administrator, Observer];
}
