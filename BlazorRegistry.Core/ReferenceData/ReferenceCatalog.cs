using Microsoft.EntityFrameworkCore;
using BlazorRegistry.Core.Data;

namespace BlazorRegistry.Core.ReferenceData;

/// <summary>
/// A read-only snapshot of the reference tables, for rules that need them (is this region known, which
/// categories fit this profession, which documents does it require). Loaded per operation: the tables are
/// small and an administrator's edit must take effect at once.
/// </summary>
public sealed record ReferenceCatalog(
    IReadOnlyList<Region> Regions,
    IReadOnlyList<Profession> Professions,
    IReadOnlyList<EducationLevel> EducationLevels,
    IReadOnlyList<QualificationCategory> Categories,
    IReadOnlyList<DocumentKind> DocumentKinds,
    IReadOnlyList<ProfessionDocumentRequirement> Requirements)
{
    public static async Task<ReferenceCatalog> LoadAsync(RegistryDbContext db, CancellationToken ct = default) => new(
        await db.Regions.AsNoTracking().OrderBy(r => r.SortOrder).ToListAsync(ct),
        await db.Professions.AsNoTracking().OrderBy(r => r.SortOrder).ToListAsync(ct),
        await db.EducationLevels.AsNoTracking().OrderBy(r => r.SortOrder).ToListAsync(ct),
        await db.QualificationCategories.AsNoTracking().OrderBy(r => r.SortOrder).ToListAsync(ct),
        await db.DocumentKinds.AsNoTracking().OrderBy(r => r.SortOrder).ToListAsync(ct),
        await db.ProfessionDocumentRequirements.AsNoTracking().ToListAsync(ct));

    /// <summary>The seed itself, for rules tested without a database.</summary>
    public static ReferenceCatalog Seeded { get; } = new(ReferenceDataSeed.Regions, ReferenceDataSeed.Professions,
        ReferenceDataSeed.EducationLevels, ReferenceDataSeed.QualificationCategories, ReferenceDataSeed.DocumentKinds,
        ReferenceDataSeed.Requirements);

    /// <summary>
    /// The rows a form offers: the active ones, and the one already chosen even if retired since, so that a draft
    /// shows its answer rather than an empty field (the applicant may keep it or choose a current row).
    /// </summary>
    public static IEnumerable<T> Offered<T>(IEnumerable<T> rows, int? chosen) where T : ReferenceItem =>
        rows.Where(r => r.IsActive || r.Id == chosen);

    public Profession? Profession(int? id) => Professions.FirstOrDefault(p => p.Id == id);
    public QualificationCategory? Category(int? id) => Categories.FirstOrDefault(c => c.Id == id);
    public DocumentKind? DocumentKind(int? id) => DocumentKinds.FirstOrDefault(k => k.Id == id);

    /// <summary>The categories a profession is attested on (REFERENCE.md: the list depends on the profession).</summary>
    public IEnumerable<QualificationCategory> CategoriesFor(int? professionId) =>
        CategoriesFor(professionId, chosen: null);

    /// <summary>As <see cref="CategoriesFor(int?)"/>, with <paramref name="chosen"/> kept if it was retired since.</summary>
    public IEnumerable<QualificationCategory> CategoriesFor(int? professionId, int? chosen) =>
        Profession(professionId) is { } p ? Offered(Categories, chosen).Where(c => c.Scale == p.CategoryScale) : [];

    /// <summary>Whether a category belongs to the scale the profession is attested on.</summary>
    public bool CategoryFitsProfession(int categoryId, int? professionId) => CategoriesFor(professionId).Any(c => c.Id == categoryId);

    /// <summary>
    /// The documents a profession requires; before a profession is chosen, those every profession requires,
    /// so the wizard can already say what to prepare.
    /// </summary>
    public IEnumerable<DocumentKind> RequiredDocumentsFor(int? professionId)
    {
        var professions = professionId is null ? Professions.Where(p => p.IsActive).Select(p => p.Id).ToList() : [professionId.Value];
        return DocumentKinds.Where(k => professions.Count > 0
            && professions.All(p => Requirements.Any(r => r.ProfessionId == p && r.DocumentKindId == k.Id)));
    }
}
