using BlazorRegistry.Core.Applications;

namespace BlazorRegistry.Core.Register;

/// <summary>What made a new version of an entry.</summary>
public enum EntryChange
{
    Included = 1,
    /// <summary>An amendment was registered: <see cref="RegisterEntryVersion.Sections"/> says what it changed.</summary>
    Amended = 2,
    ConsentChanged = 3,
    ExclusionRequested = 4,
    Excluded = 5,
    /// <summary>Registered again after an exclusion, on a new application: a new number and inclusion date.</summary>
    Reincluded = 6,
    /// <summary>The phone or e-mail, which apply without review.</summary>
    ContactsChanged = 7,
}

/// <summary>
/// One line of an entry's history: when, what changed, who did it, and the publication consent in force
/// from then on (when, under which text version, what was allowed: Law No. 94-V asks for the record).
/// </summary>
public sealed class RegisterEntryVersion
{
    public long Id { get; private set; }
    public int EntryId { get; private set; }
    public DateTime AtUtc { get; private set; }
    public EntryChange Change { get; private set; }
    public string ActorId { get; private set; } = "";
    /// <summary>The application whose data the entry holds from then on.</summary>
    public int ApplicationId { get; private set; }
    /// <summary>The register number from then on (a re-inclusion gets a new one).</summary>
    public string Number { get; private set; } = "";
    public IReadOnlyList<ApplicationSection> Sections { get; private set; } = [];
    public PublicationConsent Consent { get; private set; } = PublicationConsent.None;
    public ExclusionReason? ExclusionReason { get; private set; }
    public string? Comment { get; private set; }

    private RegisterEntryVersion() { }

    internal static RegisterEntryVersion Of(RegisterEntry entry, EntryChange change, string actorId, DateTime nowUtc,
        IEnumerable<ApplicationSection>? sections = null, string? comment = null) => new()
    {
        AtUtc = nowUtc,
        Change = change,
        ActorId = actorId,
        ApplicationId = entry.ApplicationId,
        Number = entry.Number,
        Sections = sections?.Order().ToList() ?? [],
        Consent = entry.Consent,
        ExclusionReason = change == EntryChange.Excluded ? entry.ExclusionReason : null,
        Comment = comment,
    };
}
