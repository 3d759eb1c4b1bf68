namespace BlazorRegistry.Core.ReferenceData;

/// <summary>
/// A reference-data row named in both languages of the register (Order 21, cl. 4). The lists change by
/// the state's decisions, so they live in tables that administrators edit, seeded from REFERENCE.md.
/// </summary>
public abstract class ReferenceItem
{
    public const int MaxNameLength = 300;

    public int Id { get; protected set; }
    public string NameKk { get; protected set; } = "";
    public string NameRu { get; protected set; } = "";
    public int SortOrder { get; protected set; }
    /// <summary>Retired rows stay for old applications but are no longer offered.</summary>
    public bool IsActive { get; protected set; } = true;

    public string Name(Language language) => language == Language.Russian ? NameRu : NameKk;

    // Changed only through ReferenceDataService, which checks the list as a whole (unique names, the last active row).
    internal void Rename(string nameKk, string nameRu) => (NameKk, NameRu) = (nameKk, nameRu);
    internal void SetActive(bool active) => IsActive = active;
    internal void MoveTo(int sortOrder) => SortOrder = sortOrder;
    internal void AssignId(int id) => Id = id;
}

/// <summary>One of the 17 oblasts and 3 cities of republican significance; Code is the ISO 3166-2 / KATO prefix.</summary>
public sealed class Region : ReferenceItem
{
    public string Code { get; private set; } = "";
    private Region() { }
    public Region(int id, string code, string nameKk, string nameRu, int sortOrder)
    {
        Id = id; Code = code; NameKk = nameKk; NameRu = nameRu; SortOrder = sortOrder;
    }
}

/// <summary>Which list of qualification categories a profession is attested on.</summary>
public enum CategoryScale
{
    /// <summary>высшая / первая / вторая, Order No. 210 of 8 June 2023.</summary>
    SocialWork = 1,
    /// <summary>педагог … педагог-мастер, for psychologists and teachers in social institutions.</summary>
    Teacher = 2,
}

public sealed class Profession : ReferenceItem
{
    public CategoryScale CategoryScale { get; private set; }
    private Profession() { }
    public Profession(int id, string nameKk, string nameRu, CategoryScale scale, int sortOrder)
    {
        Id = id; NameKk = nameKk; NameRu = nameRu; CategoryScale = scale; SortOrder = sortOrder;
    }

    /// <summary>Only while no application names the profession: their categories were chosen on the old scale.</summary>
    internal void ChangeScale(CategoryScale scale) => CategoryScale = scale;
}

public sealed class EducationLevel : ReferenceItem
{
    private EducationLevel() { }
    public EducationLevel(int id, string nameKk, string nameRu, int sortOrder)
    {
        Id = id; NameKk = nameKk; NameRu = nameRu; SortOrder = sortOrder;
    }
}

public sealed class QualificationCategory : ReferenceItem
{
    public CategoryScale Scale { get; private set; }
    /// <summary>"Without category": a valid answer that needs no certificate.</summary>
    public bool IsNone { get; private set; }
    /// <summary>
    /// How many years a category is assigned for (null for "without category"): social workers' categories
    /// for 3 (Order No. 210 of 8 June 2023), teachers' for 5 (the teachers' attestation rules).
    /// </summary>
    public int? ValidityYears { get; private set; }
    private QualificationCategory() { }
    public QualificationCategory(int id, CategoryScale scale, string nameKk, string nameRu, int sortOrder, bool isNone = false, int? validityYears = null)
    {
        Id = id; Scale = scale; NameKk = nameKk; NameRu = nameRu; SortOrder = sortOrder; IsNone = isNone;
        ValidityYears = isNone ? null : validityYears ?? DefaultValidityYears(scale);
    }

    internal void ChangeValidity(int years) => ValidityYears = IsNone ? null : years;

    public static int DefaultValidityYears(CategoryScale scale) => scale == CategoryScale.Teacher ? 5 : 3;

    /// <summary>The day a category assigned on <paramref name="assignedOn"/> lapses (it is valid until the day before).</summary>
    public DateOnly? LapsesOn(DateOnly? assignedOn) => assignedOn is { } on && ValidityYears is { } years ? on.AddYears(years) : null;
}

/// <summary>A kind of supporting document; Code is stable for rules and tests, the names are for people.</summary>
public sealed class DocumentKind : ReferenceItem
{
    public string Code { get; private set; } = "";
    /// <summary>Whether documents of this kind carry an expiry date (return reason R3 checks it).</summary>
    public bool Expires { get; private set; }
    private DocumentKind() { }
    public DocumentKind(int id, string code, string nameKk, string nameRu, bool expires, int sortOrder)
    {
        Id = id; Code = code; NameKk = nameKk; NameRu = nameRu; Expires = expires; SortOrder = sortOrder;
    }

    internal void ChangeExpires(bool expires) => Expires = expires;
}

/// <summary>That a profession's applicants must attach a document of a kind.</summary>
public sealed class ProfessionDocumentRequirement
{
    public int ProfessionId { get; private set; }
    public int DocumentKindId { get; private set; }
    private ProfessionDocumentRequirement() { }
    public ProfessionDocumentRequirement(int professionId, int documentKindId)
    {
        ProfessionId = professionId; DocumentKindId = documentKindId;
    }
}
