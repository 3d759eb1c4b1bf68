using System.Text.RegularExpressions;
using BlazorRegistry.Core.Audit;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.ReferenceData;

/// <summary>The lists an administrator keeps at /admin/reference (issue #17, point 1).</summary>
public enum ReferenceList
{
    Regions = 1,
    Professions = 2,
    Categories = 3,
    DocumentKinds = 4,
    EducationLevels = 5,
}

/// <summary>
/// A row as an administrator typed it. Every list has the two names; the rest belongs to one list each: the code of a
/// region or a document kind (set once, rules and exports rely on it), a profession's scale and required documents, a
/// category's scale, "without category" flag and validity, whether a document kind expires.
/// </summary>
public sealed record ReferenceItemInput(ReferenceList List, string? NameKk, string? NameRu)
{
    public string? Code { get; init; }
    public CategoryScale? Scale { get; init; }
    public bool IsNone { get; init; }
    public int? ValidityYears { get; init; }
    public bool Expires { get; init; }
    public IReadOnlyList<int> RequiredDocumentKindIds { get; init; } = [];
}

/// <summary>
/// Edits the reference lists. Nothing is ever deleted: applications and register entries refer to rows by id, so a row
/// the state abolished is retired (no longer offered, still shown on what names it) and a successor added. A rename
/// shows everywhere the row is named, which is right for a corrected spelling; where the state replaced a region or a
/// profession, the administrator adds the new one and retires the old, and old records keep the name they were made
/// with. Each change is audited in the same transaction, and the cached lists are dropped at once.
/// </summary>
public sealed partial class ReferenceDataService(IDbContextFactory<RegistryDbContext> factory, TimeProvider time, Events.OutboxDispatcher outbox)
{
    /// <summary>Ids below this are the seed's (REFERENCE.md), so a later seed never collides with an administrator's row.</summary>
    public const int FirstAddedId = 1001;
    public const int MaxValidityYears = 10;

    public async Task<Result<int>> SaveAsync(AuditActor administrator, int? id, ReferenceItemInput input, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var items = await ItemsAsync(db, input.List, ct);
        var item = id is null ? null : items.FirstOrDefault(i => i.Id == id);
        if (id is not null && item is null)
            return Result<int>.Fail(ErrorCode.ReferenceItemNotFound);

        var errors = new List<RuleError>();
        var (kk, ru) = (input.NameKk?.Trim() ?? "", input.NameRu?.Trim() ?? "");
        CheckName(kk, "NameKk", errors);
        CheckName(ru, "NameRu", errors);
        // Within a category scale names repeat across scales ("without category" is on both); elsewhere within the list.
        var peers = items.Where(i => i.Id != id && (input.List != ReferenceList.Categories
            || ((QualificationCategory)i).Scale == ((item as QualificationCategory)?.Scale ?? input.Scale))).ToList();
        if (kk.Length > 0 && peers.Any(p => string.Equals(p.NameKk, kk, StringComparison.OrdinalIgnoreCase)))
            errors.Add(new RuleError(ErrorCode.ReferenceNameTaken, "NameKk"));
        if (ru.Length > 0 && peers.Any(p => string.Equals(p.NameRu, ru, StringComparison.OrdinalIgnoreCase)))
            errors.Add(new RuleError(ErrorCode.ReferenceNameTaken, "NameRu"));
        var code = input.Code?.Trim() ?? "";
        if (item is null)
            CheckNewCode(input.List, code, items, errors);
        // A profession can require only what an applicant can attach: an active kind, and not the organisations' licence.
        var attachable = await db.DocumentKinds.Where(k => k.IsActive && k.Code != ReferenceDataSeed.DocumentCodes.Licence).Select(k => k.Id).ToListAsync(ct);
        switch (input.List)
        {
            case ReferenceList.Professions:
                if (input.Scale is not { } scale || !Enum.IsDefined(scale))
                    errors.Add(new RuleError(ErrorCode.Required, "Scale"));
                else if (item is Profession p && p.CategoryScale != scale && await ProfessionInUseAsync(db, p.Id, ct))
                    errors.Add(new RuleError(ErrorCode.ReferenceInUse, "Scale"));
                if (input.RequiredDocumentKindIds.Any(k => !attachable.Contains(k)))
                    errors.Add(new RuleError(ErrorCode.DocumentKindUnknown, "Documents"));
                break;
            case ReferenceList.Categories:
                if (item is null && (input.Scale is not { } s || !Enum.IsDefined(s)))
                    errors.Add(new RuleError(ErrorCode.Required, "Scale"));
                var none = (item as QualificationCategory)?.IsNone ?? input.IsNone;
                if (!none && input.ValidityYears is not (>= 1 and <= MaxValidityYears))
                    errors.Add(new RuleError(ErrorCode.ReferenceValidityOutOfRange, "Validity"));
                else if (!none && item is QualificationCategory c && c.ValidityYears != input.ValidityYears
                         && await db.RegisterEntries.AnyAsync(e => e.CurrentCategoryId == c.Id, ct))
                    errors.Add(new RuleError(ErrorCode.ReferenceInUse, "Validity"));
                break;
        }
        if (errors.Count > 0)
            return Result<int>.Fail(errors);

        string detail;
        if (item is null)
        {
            var newId = Math.Max(FirstAddedId, items.Count == 0 ? 0 : items.Max(i => i.Id) + 1);
            var order = items.Count == 0 ? 1 : items.Max(i => i.SortOrder) + 1;
            item = input.List switch
            {
                ReferenceList.Regions => new Region(newId, code, kk, ru, order),
                ReferenceList.Professions => new Profession(newId, kk, ru, input.Scale!.Value, order),
                ReferenceList.Categories => new QualificationCategory(newId, input.Scale!.Value, kk, ru, order, input.IsNone, input.ValidityYears),
                ReferenceList.DocumentKinds => new DocumentKind(newId, code, kk, ru, input.Expires, order),
                _ => new EducationLevel(newId, kk, ru, order),
            };
            db.Add(item);
            detail = Detail(input.List, newId, "Added", $"{kk} / {ru}");
        }
        else
        {
            var was = $"{item.NameKk} / {item.NameRu}";
            var fields = new List<string>();
            void Changed(string field, object? from, object? to)
            {
                if (!Equals(from, to))
                    fields.Add($"{field}={from}>{to}");
            }
            item.Rename(kk, ru);
            switch (item)
            {
                case Profession p:
                    Changed("scale", p.CategoryScale, input.Scale!.Value);
                    p.ChangeScale(input.Scale!.Value);
                    var before = await db.ProfessionDocumentRequirements.Where(r => r.ProfessionId == p.Id).Select(r => r.DocumentKindId).OrderBy(k => k).ToListAsync(ct);
                    Changed("documents", string.Join(",", before), string.Join(",", input.RequiredDocumentKindIds.Distinct().Order()));
                    break;
                case QualificationCategory c when input.ValidityYears is { } years:
                    Changed("validity", c.ValidityYears, years);
                    c.ChangeValidity(years);
                    break;
                case DocumentKind k:
                    Changed("expires", k.Expires, input.Expires);
                    k.ChangeExpires(input.Expires);
                    break;
            }
            detail = Detail(input.List, item.Id, "Changed", was == $"{kk} / {ru}" ? was : $"{was} → {kk} / {ru}", string.Join(";", fields));
        }
        if (item is Profession profession)
        {
            var requirements = await db.ProfessionDocumentRequirements.Where(r => r.ProfessionId == profession.Id).ToListAsync(ct);
            db.ProfessionDocumentRequirements.RemoveRange(requirements.Where(r => !input.RequiredDocumentKindIds.Contains(r.DocumentKindId)));
            db.ProfessionDocumentRequirements.AddRange(input.RequiredDocumentKindIds.Distinct()
                .Where(k => requirements.All(r => r.DocumentKindId != k)).Select(k => new ProfessionDocumentRequirement(profession.Id, k)));
        }
        return await CommitAsync(db, tx, administrator, detail, item.Id, ct);
    }

    /// <summary>Retires a row (no longer offered to new applications) or brings it back. A list never loses its last active row.</summary>
    public async Task<Result<int>> SetActiveAsync(AuditActor administrator, ReferenceList list, int id, bool active, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var items = await ItemsAsync(db, list, ct);
        if (items.FirstOrDefault(i => i.Id == id) is not { } item)
            return Result<int>.Fail(ErrorCode.ReferenceItemNotFound);
        if (item.IsActive == active)
            return Result<int>.Ok(id);
        // A category scale with nothing left to choose would make every profession on it unanswerable.
        var siblings = items.Where(i => i.IsActive && i.Id != id
            && (item is not QualificationCategory c || ((QualificationCategory)i).Scale == c.Scale));
        if (!active && !siblings.Any())
            return Result<int>.Fail(ErrorCode.ReferenceLastActive);
        // A kind some active profession requires, or one a rule names (the category certificate), would leave its
        // applicants unable to submit: a profession drops the requirement first.
        if (!active && item is DocumentKind kind && (kind.Code == ReferenceDataSeed.DocumentCodes.Category
            || await db.ProfessionDocumentRequirements.AnyAsync(r => r.DocumentKindId == kind.Id
                && db.Professions.Any(p => p.Id == r.ProfessionId && p.IsActive), ct)))
            return Result<int>.Fail(ErrorCode.ReferenceInUse);
        item.SetActive(active);
        return await CommitAsync(db, tx, administrator, Detail(list, id, active ? "Restored" : "Retired", $"{item.NameKk} / {item.NameRu}"), id, ct);
    }

    /// <summary>Moves a row one place up (<paramref name="up"/>) or down in the order lists are offered in.</summary>
    public async Task<Result<int>> MoveAsync(AuditActor administrator, ReferenceList list, int id, bool up, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var items = (await ItemsAsync(db, list, ct)).OrderBy(i => i.SortOrder).ThenBy(i => i.Id).ToList();
        var index = items.FindIndex(i => i.Id == id);
        if (index < 0)
            return Result<int>.Fail(ErrorCode.ReferenceItemNotFound);
        var other = up ? index - 1 : index + 1;
        if (other < 0 || other >= items.Count)
            return Result<int>.Ok(id);
        (items[index], items[other]) = (items[other], items[index]);
        // Numbered afresh: seeded and added rows may share an order number, and a swap of equal numbers moves nothing.
        for (var i = 0; i < items.Count; i++)
            items[i].MoveTo(i + 1);
        return await CommitAsync(db, tx, administrator, Detail(list, id, up ? "MovedUp" : "MovedDown", $"{items[other].NameKk} / {items[other].NameRu}"), id, ct);
    }

    /// <summary>
    /// An audit detail the audit page puts into words: list, id, what happened, the other fields that changed
    /// ("scale=SocialWork>Teacher;documents=1,2,3,5>1,7;validity=3>4;expires=True>False"), the names last (free text).
    /// </summary>
    public static string Detail(ReferenceList list, int id, string change, string names, string fields = "") => $"{list}|{id}|{change}|{fields}|{names}";

    private static void CheckName(string name, string field, List<RuleError> errors)
    {
        if (name.Length == 0)
            errors.Add(new RuleError(ErrorCode.Required, field));
        else if (name.Length > ReferenceItem.MaxNameLength)
            errors.Add(new RuleError(ErrorCode.TooLong, field));
        // Line breaks, NUL, direction overrides and zero-width marks: invisible in a list, misleading in an export,
        // and a way round the duplicate check.
        else if (name.Any(c => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format))
            errors.Add(new RuleError(ErrorCode.ReferenceNameCharacters, field));
    }

    private static void CheckNewCode(ReferenceList list, string code, IReadOnlyList<ReferenceItem> items, List<RuleError> errors)
    {
        var (valid, taken) = list switch
        {
            ReferenceList.Regions => (RegionCode().IsMatch(code), items.OfType<Region>().Any(r => r.Code == code)),
            ReferenceList.DocumentKinds => (DocumentCode().IsMatch(code), items.OfType<DocumentKind>().Any(k => k.Code == code)),
            _ => (true, false),
        };
        if (list is not (ReferenceList.Regions or ReferenceList.DocumentKinds))
            return;
        if (code.Length == 0)
            errors.Add(new RuleError(ErrorCode.Required, "Code"));
        else if (!valid)
            errors.Add(new RuleError(ErrorCode.ReferenceCodeInvalid, "Code"));
        else if (taken)
            errors.Add(new RuleError(ErrorCode.ReferenceCodeTaken, "Code"));
    }

    private static async Task<bool> ProfessionInUseAsync(RegistryDbContext db, int professionId, CancellationToken ct) =>
        await db.Applications.AnyAsync(a => a.Profession.ProfessionId == professionId, ct)
        || await db.RegisterEntries.AnyAsync(e => e.ProfessionId == professionId, ct);

    private static async Task<IReadOnlyList<ReferenceItem>> ItemsAsync(RegistryDbContext db, ReferenceList list, CancellationToken ct) => list switch
    {
        ReferenceList.Regions => await db.Regions.ToListAsync(ct),
        ReferenceList.Professions => await db.Professions.ToListAsync(ct),
        ReferenceList.Categories => await db.QualificationCategories.ToListAsync(ct),
        ReferenceList.DocumentKinds => await db.DocumentKinds.ToListAsync(ct),
        ReferenceList.EducationLevels => await db.EducationLevels.ToListAsync(ct),
        _ => [],
    };

    private async Task<Result<int>> CommitAsync(RegistryDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx,
        AuditActor administrator, string detail, int id, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        db.AuditEntries.Add(new AuditEntry(administrator, AuditAction.ChangedReferenceData, now, null, null, detail));
        // Every instance, this one included, drops its cached lists when it hears this event (issue #18).
        db.Outbox.Add(Events.OutboxMessage.CatalogueChanged(Events.ApplicationEventKind.ReferenceDataChanged, administrator.UserId, now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two administrators adding the same code or id at once: the unique index decides, the loser tries again.
            return Result<int>.Fail(ErrorCode.ConcurrencyConflict);
        }
        await tx.CommitAsync(ct);
        // Publishing the event drops the cached lists, here at once and in every other instance when it hears it.
        await outbox.DispatchAfterCommitAsync();
        return Result<int>.Ok(id);
    }

    /// <summary>KATO's two-digit oblast prefix.</summary>
    [GeneratedRegex("^[0-9]{2}$")]
    private static partial Regex RegionCode();

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    private static partial Regex DocumentCode();
}
