using System.Security.Cryptography;
using System.Text;

namespace BlazorRegistry.Core.Accounts;

public enum CodePurpose
{
    ConfirmAccount = 1,
    ResetPassword = 2,
    /// <summary>A specialist proves they hold the phone or mailbox an organisation gave, before seeing the data it filed.</summary>
    ConfirmSpecialistData = 3,
    /// <summary>An organisation's contact phone, proven before the organisation goes for verification.</summary>
    ConfirmOrganisationPhone = 4,
    /// <summary>An organisation's contact e-mail, proven before the organisation goes for verification.</summary>
    ConfirmOrganisationEmail = 5,
}

/// <summary>
/// A six-digit code sent by SMS or e-mail, as eGov does. Only a salted hash is stored; the code is
/// single-use, valid five minutes, and five wrong tries spend it. Wrong tries also count per account
/// (<see cref="CodeFlowLock.RecordWrong"/>), which is what locks the code flow.
/// </summary>
public sealed class OneTimeCode
{
    public const int Length = 6;
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan ResendAfter = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan LockoutAfterTooManyAttempts = TimeSpan.FromMinutes(15);

    public long Id { get; private set; }
    public string UserId { get; private set; } = "";
    public CodePurpose Purpose { get; private set; }
    public byte[] Salt { get; private set; } = [];
    public byte[] Hash { get; private set; } = [];
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }
    public int FailedAttempts { get; private set; }
    public DateTime? UsedAtUtc { get; private set; }
    /// <summary>Spent by too many wrong tries or replaced by a newer code.</summary>
    public bool IsRevoked { get; private set; }
    /// <summary>The client address that asked for the code, for the per-address caps.</summary>
    public string? ClientAddress { get; private set; }
    public const int MaxClientAddressLength = 45;

    private OneTimeCode() { }

    /// <summary>Creates a code; the plain digits are returned once, to be sent, and never stored.</summary>
    public static (OneTimeCode Code, string Digits) Issue(string userId, CodePurpose purpose, DateTime nowUtc, string? clientAddress = null)
    {
        var digits = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        var salt = RandomNumberGenerator.GetBytes(16);
        return (new OneTimeCode
        {
            UserId = userId,
            Purpose = purpose,
            Salt = salt,
            Hash = HashOf(digits, salt),
            CreatedAtUtc = nowUtc,
            ExpiresAtUtc = nowUtc + Lifetime,
            ClientAddress = clientAddress is { Length: > MaxClientAddressLength } ? clientAddress[..MaxClientAddressLength] : clientAddress,
        }, digits);
    }

    public bool IsLive(DateTime nowUtc) => UsedAtUtc is null && !IsRevoked && nowUtc < ExpiresAtUtc;

    public void Revoke() => IsRevoked = true;

    /// <summary>Checks typed digits; records a wrong try, and revokes the code at the fifth.</summary>
    public CodeCheck Check(string? typed, DateTime nowUtc)
    {
        if (UsedAtUtc is not null)
            return CodeCheck.AlreadyUsed;
        if (IsRevoked)
            return FailedAttempts >= MaxFailedAttempts ? CodeCheck.TooManyAttempts : CodeCheck.Expired;
        if (nowUtc >= ExpiresAtUtc)
            return CodeCheck.Expired;
        var digits = new string((typed ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == Length && CryptographicOperations.FixedTimeEquals(HashOf(digits, Salt), Hash))
        {
            UsedAtUtc = nowUtc;
            return CodeCheck.Accepted;
        }
        FailedAttempts++;
        if (FailedAttempts < MaxFailedAttempts)
            return CodeCheck.Wrong;
        IsRevoked = true;
        return CodeCheck.TooManyAttempts;
    }

    private static byte[] HashOf(string digits, byte[] salt) => HMACSHA256.HashData(salt, Encoding.ASCII.GetBytes(digits));
}

public enum CodeCheck
{
    Accepted,
    Wrong,
    Expired,
    AlreadyUsed,
    TooManyAttempts,
}
