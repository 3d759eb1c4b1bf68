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
    /// <summary>The name and inclusion date as printed: the verification page repeats the paper, never newer data.</summary>
    public string FullName { get; private set; } = "";
    public DateOnly IncludedOn { get; private set; }
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
            FullName = entry.FullName,
            IncludedOn = entry.IncludedOn,
            IssuedAtUtc = nowUtc,
            Language = language,
        };
    }

    /// <summary>
    /// Whether this extract still says what a new one of <paramref name="entry"/> would say today: then it is
    /// handed out again rather than a new row written on every download.
    /// </summary>
    public bool StillCurrentFor(RegisterEntry entry, Language language, DateTime nowUtc) =>
        EntryId == entry.Id && Language == language && Number == entry.Number && FullName == entry.FullName
        && Calendar.KazakhstanTime.DateOf(IssuedAtUtc) == Calendar.KazakhstanTime.DateOf(nowUtc) && IssuedAtUtc >= entry.UpdatedAtUtc;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
