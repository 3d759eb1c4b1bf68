using System.Security.Cryptography;
using System.Text;
using BlazorRegistry.Core.Accounts;

namespace BlazorRegistry.Core.Organisations;

/// <summary>
/// An organisation's request that a specialist confirm the data it filed about them. The link carries a
/// random token (only its hash is kept); whoever opens it must still prove, by a one-time code sent to the
/// same phone or mailbox, that they hold it, before they see any of the data. Valid 14 days, used once;
/// a newer invitation for the same application replaces it.
/// </summary>
public sealed class SpecialistInvitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);
    /// <summary>How long the page stays open after the code was proven, to read the data and decide.</summary>
    public static readonly TimeSpan ProofLifetime = TimeSpan.FromMinutes(30);

    public int Id { get; private set; }
    public int ApplicationId { get; private set; }
    public int OrganisationId { get; private set; }
    /// <summary>The account of the phone or e-mail the organisation gave (created unconfirmed when new).</summary>
    public string InviteeId { get; private set; } = "";
    public ContactChannel Channel { get; private set; }
    /// <summary>The language the organisation chose for the specialist's messages and page.</summary>
    public Language Language { get; private set; }
    public string InvitedById { get; private set; } = "";
    public byte[] TokenHash { get; private set; } = [];
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }
    public DateTime? UsedAtUtc { get; private set; }
    public bool IsRevoked { get; private set; }
    public byte[]? ProofHash { get; private set; }
    public DateTime? ProofExpiresAtUtc { get; private set; }

    private SpecialistInvitation() { }

    /// <summary>A new invitation; the plain token is returned once, for the link, and never stored.</summary>
    public static (SpecialistInvitation Invitation, string Token) Issue(int applicationId, int organisationId, string inviteeId,
        ContactChannel channel, Language language, string invitedById, DateTime nowUtc)
    {
        var token = NewSecret();
        return (new SpecialistInvitation
        {
            ApplicationId = applicationId,
            OrganisationId = organisationId,
            InviteeId = inviteeId,
            Channel = channel,
            Language = language,
            InvitedById = invitedById,
            TokenHash = HashOf(token),
            CreatedAtUtc = nowUtc,
            ExpiresAtUtc = nowUtc + Lifetime,
        }, token);
    }

    public bool IsLive(DateTime nowUtc) => UsedAtUtc is null && !IsRevoked && nowUtc < ExpiresAtUtc;

    public void Revoke() => IsRevoked = true;

    /// <summary>The code was proven: a second secret keeps the page open for <see cref="ProofLifetime"/>.</summary>
    public string Prove(DateTime nowUtc)
    {
        var proof = NewSecret();
        ProofHash = HashOf(proof);
        ProofExpiresAtUtc = nowUtc + ProofLifetime;
        return proof;
    }

    public bool IsProvenBy(string? proof, DateTime nowUtc) =>
        IsLive(nowUtc) && ProofHash is not null && nowUtc < ProofExpiresAtUtc && proof is { Length: > 0 }
        && CryptographicOperations.FixedTimeEquals(HashOf(proof), ProofHash);

    public void Use(DateTime nowUtc) => UsedAtUtc = nowUtc;

    public static byte[] HashOf(string secret) => SHA256.HashData(Encoding.ASCII.GetBytes(secret));

    private static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
