using BlazorRegistry.Core.ReferenceData;

namespace BlazorRegistry.App.Components.Admin.Reference;

/// <summary>
/// The reference form's fields as typed, kept as text so that a refused save shows exactly what the administrator
/// wrote. Read from the posted form by name (the document checkboxes share one name), turned into Core's input.
/// </summary>
public sealed class ReferenceDraft
{
    public string NameKk { get; set; } = "";
    public string NameRu { get; set; } = "";
    public string Code { get; set; } = "";
    public string Scale { get; set; } = "";
    public bool IsNone { get; set; }
    public string Validity { get; set; } = "";
    public bool Expires { get; set; }
    public List<int> Documents { get; set; } = [];

    public static ReferenceDraft FromForm(IFormCollection form) => new()
    {
        NameKk = form["nameKk"].ToString(),
        NameRu = form["nameRu"].ToString(),
        Code = form["code"].ToString(),
        Scale = form["scale"].ToString(),
        IsNone = form["isNone"].ToString() == "true",
        Validity = form["validity"].ToString(),
        Expires = form["expires"].ToString() == "true",
        Documents = form["documents"].Select(v => int.TryParse(v, out var id) ? id : -1).ToList(),
    };

    /// <summary>The form for <paramref name="item"/>, or for a new row (every profession's usual documents ticked).</summary>
    public static ReferenceDraft Of(ReferenceItem? item, ReferenceCatalog catalog) => item switch
    {
        null => new() { Documents = catalog.DocumentKinds.Where(k => k.IsActive && catalog.RequiredDocumentsFor(null).Contains(k)).Select(k => k.Id).ToList() },
        Region r => new() { NameKk = r.NameKk, NameRu = r.NameRu, Code = r.Code },
        Profession p => new()
        {
            NameKk = p.NameKk, NameRu = p.NameRu, Scale = p.CategoryScale.ToString(),
            Documents = catalog.Requirements.Where(x => x.ProfessionId == p.Id).Select(x => x.DocumentKindId).ToList(),
        },
        QualificationCategory c => new() { NameKk = c.NameKk, NameRu = c.NameRu, Scale = c.Scale.ToString(), IsNone = c.IsNone, Validity = c.ValidityYears?.ToString() ?? "" },
        DocumentKind k => new() { NameKk = k.NameKk, NameRu = k.NameRu, Code = k.Code, Expires = k.Expires },
        _ => new() { NameKk = item.NameKk, NameRu = item.NameRu },
    };

    public ReferenceItemInput ToInput(ReferenceList list) => new(list, NameKk, NameRu)
    {
        Code = Code,
        Scale = Enum.TryParse<CategoryScale>(Scale, out var scale) && Enum.IsDefined(scale) ? scale : null,
        IsNone = IsNone,
        ValidityYears = int.TryParse(Validity, out var years) ? years : null,
        Expires = Expires,
        RequiredDocumentKindIds = Documents,
    };

    public static IReadOnlyList<ReferenceItem> ItemsOf(ReferenceCatalog catalog, ReferenceList list) => list switch
    {
        ReferenceList.Regions => catalog.Regions,
        ReferenceList.Professions => catalog.Professions,
        ReferenceList.Categories => catalog.Categories,
        ReferenceList.DocumentKinds => catalog.DocumentKinds,
        _ => catalog.EducationLevels,
    };
}
