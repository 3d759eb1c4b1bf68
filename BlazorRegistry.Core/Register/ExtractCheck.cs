namespace BlazorRegistry.Core.Register;

/// <summary>What an extract's QR code confirms about the entry it was issued from.</summary>
public enum ExtractStanding
{
    /// <summary>In the register, and nothing the extract shows has changed since it was issued.</summary>
    Current,
    /// <summary>In the register, but amended (or its contacts changed) after the extract was issued: ask for a new one.</summary>
    ChangedSince,
    /// <summary>Taken out of the register (or, under a new number, included again): the extract no longer stands.</summary>
    NotInRegister,
}

/// <summary>
/// The answer of the verification page: only what the extract itself names (the number, the name, the
/// inclusion date), so a code that leaks reveals nothing the paper does not.
/// </summary>
public sealed record ExtractCheck(string Number, string FullName, DateOnly IncludedOn, ExtractStanding Standing, DateOnly? Since)
{
    /// <summary>Judges <paramref name="extract"/> against its entry as it stands now (loaded with its versions).</summary>
    public static ExtractCheck Of(EntryExtract extract, RegisterEntry entry)
    {
        ExtractCheck Answer(ExtractStanding standing, DateOnly? since) => new(extract.Number, extract.FullName, extract.IncludedOn, standing, since);
        if (entry.State == EntryState.Excluded || entry.Number != extract.Number)
            return Answer(ExtractStanding.NotInRegister, entry.State == EntryState.Excluded ? entry.ExcludedOn : null);
        // A consent change or an exclusion request alters nothing the extract shows.
        var change = entry.Versions.Where(v => v.AtUtc > extract.IssuedAtUtc && v.Change is EntryChange.Amended or EntryChange.ContactsChanged)
            .Select(v => (DateTime?)v.AtUtc).Max();
        return change is { } at
            ? Answer(ExtractStanding.ChangedSince, Calendar.KazakhstanTime.DateOf(at))
            : Answer(ExtractStanding.Current, null);
    }
}
