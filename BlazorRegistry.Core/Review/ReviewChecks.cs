using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.Core.Review;

/// <summary>One job's employer BIN, checked (check digit and legal-entity type).</summary>
public sealed record EmployerCheck(string? Organisation, string? Bin, ErrorCode? BinError)
{
    public bool Passed => BinError is null;
}

/// <summary>
/// Core's automatic checks of an application, as the administrator sees them beside it on the review page.
/// They inform a decision (R1–R4), never make it. The rules are the completeness rules the wizard applies
/// (<see cref="ApplicationCompleteness"/>): the same methods, evaluated on the day of review.
/// </summary>
public sealed record ReviewChecks(
    IReadOnlyList<EmployerCheck> Employers,
    IReadOnlyList<DocumentKind> ExpiredDocuments,
    IReadOnlyList<DocumentKind> MissingDocuments,
    Experience DeclaredExperience,
    Experience ComputedExperience,
    bool ExperienceWithinRecords,
    IReadOnlyList<QualificationCategory> CategoriesNotForProfession)
{
    public static ReviewChecks Of(Application application, ReferenceCatalog catalog, DateOnly today) => new(
        application.Employment.Select(job => new EmployerCheck(job.Organisation, job.Bin, Bin.TryCreate(job.Bin).Error)).ToList(),
        application.Documents.Where(d => d.IsExpiredOn(today)).Select(d => catalog.DocumentKind(d.KindId)).OfType<DocumentKind>().ToList(),
        ApplicationCompleteness.RequiredDocuments(application, catalog).Where(k => !ApplicationCompleteness.HasDocument(application, k)).ToList(),
        ApplicationCompleteness.DeclaredExperience(application),
        ApplicationCompleteness.ComputedExperience(application, today),
        ApplicationCompleteness.DeclaredExperienceWithinRecords(application, today),
        application.Qualifications
            .Where(q => q.CategoryId is { } id && !catalog.CategoryFitsProfession(id, application.Profession.ProfessionId))
            .Select(q => catalog.Category(q.CategoryId)).OfType<QualificationCategory>().ToList());
}
