using System.Security.Cryptography;

namespace BlazorRegistry.Core.Register;

/// <summary>
/// One extract a specialist downloaded: which entry, under which number, when, in which language. Its
/// <see cref="Code"/> (128 random bits) is what the extract's QR code carries, so the verification page
/// answers only for extracts the register issued and cannot be walked number by number. Kept, so the
/// register can also say who was given which extract.
/// </summary>
public sealed class EntryExtract
{
    public const int CodeLength = 22;

    public string Code { get; private set; } = "";
    public int EntryId { get; private set; }
    public string Number { get; private set; } = "";
    public DateTime IssuedAtUtc { get; private set; }
    public Language Language { get; private set; }

    private EntryExtract() { }

    public static EntryExtract Issue(RegisterEntry entry, Language language, DateTime nowUtc)
    {
        if (entry.State == EntryState.Excluded)
            throw new Applications.DomainException(Rules.ErrorCode.EntryExcluded, $"Entry {entry.Number} is excluded.");
        return new EntryExtract
        {
            Code = Base64Url(RandomNumberGenerator.GetBytes(16)),
            EntryId = entry.Id,
            Number = entry.Number,
            IssuedAtUtc = nowUtc,
            Language = language,
        };
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
