using System.Globalization;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Organisations.Import;

/// <summary>The columns of the staff list, in the template's order.</summary>
public enum StaffColumn
{
    Surname,
    GivenName,
    Patronymic,
    DateOfBirth,
    Iin,
    Mobile,
    Email,
    Profession,
    Position,
    StartedOn,
}

/// <summary>A row the import could not take: its number as the spreadsheet shows it (the header is row 1), the column, the rule.</summary>
public sealed record StaffImportProblem(int Row, StaffColumn? Column, ErrorCode Code);

/// <summary>What an import did: the drafts it made, and the rows it left out with why.</summary>
public sealed record StaffImportResult(IReadOnlyList<int> ApplicationIds, IReadOnlyList<StaffImportProblem> Problems)
{
    public int Imported => ApplicationIds.Count;
}

/// <summary>
/// Issue #16, point 3: an organisation's staff list becomes one draft per specialist (personal data, contacts,
/// profession, and the job at the organisation itself as row 8's first record). A row that breaks a rule is
/// reported, never half-imported; the good rows are saved together, in one transaction. A file of the wrong
/// kind, too large or with headers the template does not have is refused as a whole.
/// </summary>
public sealed class StaffImportService(IDbContextFactory<RegistryDbContext> factory, TimeProvider time)
{
    /// <param name="headerNames">Each column's header as the templates write it, in every language (matched ignoring case and spaces).</param>
    public async Task<Result<StaffImportResult>> ImportAsync(string memberId, Stream file, IReadOnlyDictionary<StaffColumn, IReadOnlyList<string>> headerNames,
        CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => db.OrganisationMembers.Any(m => m.UserId == memberId && m.OrganisationId == o.Id), ct);
        if (organisation is null)
            return Result<StaffImportResult>.Fail(ErrorCode.OrganisationNotFound);
        if (organisation.Status == OrganisationStatus.Refused)
            return Result<StaffImportResult>.Fail(ErrorCode.OrganisationRefused);

        var table = await StaffTable.ReadAsync(file, ct);
        if (!table.Succeeded)
            return Result<StaffImportResult>.Fail(table.Errors);
        var rows = table.Value!;
        var columns = MatchHeaders(rows[0], headerNames);
        if (columns is null)
            return Result<StaffImportResult>.Fail(ErrorCode.ImportHeadersWrong);

        var catalog = await ReferenceCatalog.LoadAsync(db, ct);
        var today = KazakhstanTime.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var problems = new List<StaffImportProblem>();
        var drafts = new List<Application>();
        var iinsSeen = new HashSet<string>();
        for (var i = 1; i < rows.Count; i++)
        {
            string? Cell(StaffColumn c) => columns[c] < rows[i].Length && rows[i][columns[c]].Trim() is { Length: > 0 } v ? v : null;
            var rowNumber = i + 1;
            var rowProblems = new List<StaffImportProblem>();
            void Problem(StaffColumn c, ErrorCode code) => rowProblems.Add(new StaffImportProblem(rowNumber, c, code));

            if (PersonName.CheckPart(Cell(StaffColumn.Surname), required: true) is { } surname) Problem(StaffColumn.Surname, surname);
            if (PersonName.CheckPart(Cell(StaffColumn.GivenName), required: true) is { } given) Problem(StaffColumn.GivenName, given);
            if (PersonName.CheckPart(Cell(StaffColumn.Patronymic), required: false) is { } patronymic) Problem(StaffColumn.Patronymic, patronymic);
            var (dob, dobError) = ParseDate(Cell(StaffColumn.DateOfBirth));
            if ((dobError ?? DateRules.CheckDateOfBirth(dob, today)) is { } dobProblem) Problem(StaffColumn.DateOfBirth, dobProblem);
            if (Rules.Iin.Check(Cell(StaffColumn.Iin), dob) is { } iinProblem) Problem(StaffColumn.Iin, iinProblem);
            else if (!iinsSeen.Add(Rules.Iin.TryCreate(Cell(StaffColumn.Iin)).Iin!.Value)) Problem(StaffColumn.Iin, ErrorCode.ImportDuplicateIin);
            foreach (var contact in ContactRules.Check(new ContactData(Cell(StaffColumn.Mobile), Cell(StaffColumn.Email))))
                Problem(contact.Field == nameof(ContactData.Email) ? StaffColumn.Email : StaffColumn.Mobile, contact.Code);
            var profession = ProfessionOf(catalog, Cell(StaffColumn.Profession));
            if (profession is null) Problem(StaffColumn.Profession, Cell(StaffColumn.Profession) is null ? ErrorCode.Required : ErrorCode.ProfessionUnknown);
            if (Cell(StaffColumn.Position) is not { } position) Problem(StaffColumn.Position, ErrorCode.Required);
            else if (position.Length > 300) Problem(StaffColumn.Position, ErrorCode.TooLong);
            var (startedOn, startedError) = ParseDate(Cell(StaffColumn.StartedOn));
            if (startedError is { } startProblem) Problem(StaffColumn.StartedOn, startProblem);
            else foreach (var e in DateRules.CheckPeriod(startedOn, null, endRequired: false, today, dob, "start", "end"))
                Problem(StaffColumn.StartedOn, e.Code);

            if (rowProblems.Count > 0)
            {
                problems.AddRange(rowProblems);
                continue;
            }
            var draft = Application.StartForSpecialist(organisation.Id, now);
            draft.UpdatePersonalData(new PersonalData(Cell(StaffColumn.Surname), Cell(StaffColumn.GivenName), Cell(StaffColumn.Patronymic), dob, Cell(StaffColumn.Iin)), now);
            draft.UpdateContacts(new ContactData(Cell(StaffColumn.Mobile), Cell(StaffColumn.Email)), AddressData.Empty, now);
            draft.UpdateProfession(new ProfessionData(profession!.Id, null, null), now);
            draft.ReplaceEmployment([new EmploymentRecord(organisation.NameKk, organisation.Bin, Cell(StaffColumn.Position), Cell(StaffColumn.Position),
                startedOn, null, InSpecialSocialServices: true)], now);
            drafts.Add(draft);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Applications.AddRange(drafts);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<StaffImportResult>.Ok(new StaffImportResult(drafts.Select(d => d.Id).ToList(), problems));
    }

    /// <summary>Which column holds what; null unless every column of the template is there exactly once.</summary>
    private static Dictionary<StaffColumn, int>? MatchHeaders(string[] header, IReadOnlyDictionary<StaffColumn, IReadOnlyList<string>> names)
    {
        static string Key(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c) && c != '*')).ToLowerInvariant();
        var found = new Dictionary<StaffColumn, int>();
        for (var i = 0; i < header.Length; i++)
        {
            var key = Key(header[i]);
            if (key.Length == 0)
                continue;
            var column = names.Where(n => n.Value.Any(v => Key(v) == key)).Select(n => (StaffColumn?)n.Key).FirstOrDefault();
            if (column is null || !found.TryAdd(column.Value, i))
                return null;
        }
        return found.Count == Enum.GetValues<StaffColumn>().Length ? found : null;
    }

    private static Profession? ProfessionOf(ReferenceCatalog catalog, string? name)
    {
        if (name is null)
            return null;
        var key = PersonName.Fold(name);
        return catalog.Professions.Where(p => p.IsActive).FirstOrDefault(p => PersonName.Fold(p.NameKk) == key || PersonName.Fold(p.NameRu) == key);
    }

    /// <summary>dd.MM.yyyy (as typed in Kazakhstan), yyyy-MM-dd, or a spreadsheet's date serial number.</summary>
    private static (DateOnly? Date, ErrorCode? Error) ParseDate(string? text)
    {
        if (text is null)
            return (null, ErrorCode.Required);
        if (DateOnly.TryParseExact(text, ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return (date, null);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 80000)
            return (DateOnly.FromDateTime(new DateTime(1899, 12, 30).AddDays(Math.Floor(serial))), null);
        return (null, ErrorCode.DateInvalid);
    }
}
