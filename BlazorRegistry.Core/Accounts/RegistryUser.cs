using Microsoft.AspNetCore.Identity;

namespace BlazorRegistry.Core.Accounts;

/// <summary>A person who signs in: an applicant, an administrator or an observer (Order 21, cl. 2 and 8).</summary>
public sealed class RegistryUser : IdentityUser
{
    /// <summary>The language messages to this person are written in.</summary>
    public Language PreferredLanguage { get; set; } = Languages.Default;
    public DateTime CreatedAtUtc { get; set; }
    /// <summary>Set when an administrator disables the account; it can no longer sign in.</summary>
    public DateTime? DisabledAtUtc { get; set; }

    /// <summary>Confirmed once its e-mail or its phone number has been proven by a code (or by an administrator).</summary>
    public bool IsConfirmed => EmailConfirmed || PhoneNumberConfirmed;

    /// <summary>
    /// Whether wrong passwords lock this account (5, then 15 minutes). Not where a second factor is enrolled:
    /// a password alone signs nobody in there, and a lockout would let anyone who knows an administrator's
    /// address keep them out again and again (the per-address rate limit still bounds the guessing).
    /// Staff not yet enrolled keep it: their password alone leads to enrolment.
    /// </summary>
    public bool WrongPasswordsLock => !TwoFactorEnabled;

    /// <summary>How messages reach this person: the channel they signed up with.</summary>
    public (ContactChannel Channel, string Address) PrimaryContact =>
        !string.IsNullOrEmpty(Email) ? (ContactChannel.Email, Email) : (ContactChannel.Sms, PhoneNumber ?? "");
}

/// <summary>The roles of the product. Administrator: the RSE named in Order 21, cl. 2.3; Observer: read-only staff of the Ministry.</summary>
public static class Roles
{
    public const string Applicant = "Applicant";
    public const string Administrator = "Administrator";
    public const string Observer = "Observer";
    public const string Staff = Administrator + "," + Observer;

    public static readonly IReadOnlyList<string> All = [Applicant, Administrator, Observer];

    /// <summary>The roles an administrator may give to staff accounts.</summary>
    public static readonly IReadOnlyList<string> StaffRoles = [Administrator, Observer];
}
