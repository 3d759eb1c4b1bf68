using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Review;
using BlazorRegistry.Core.Rules;
using static BlazorRegistry.Tests.Support.TestApplications;

namespace BlazorRegistry.Tests.Core.Review;

/// <summary>The hints beside an application on the review page: Core's data, the component only words it.</summary>
public class ReviewChecksOf
{
    private static readonly ReferenceCatalog Catalog = ReferenceCatalog.Seeded;

    [Fact]
    public void ACompleteApplicationPassesEveryCheck()
    {
        var checks = ReviewChecks.Of(Complete(), Catalog, Today);
        Assert.All(checks.Employers, e => Assert.True(e.Passed));
        Assert.Empty(checks.ExpiredDocuments);
        Assert.Empty(checks.MissingDocuments);
        Assert.True(checks.ExperienceWithinRecords);
        Assert.Empty(checks.CategoriesNotForProfession);
    }

    [Fact]
    public void NamesAnEmployerWhoseBinFailsItsCheckDigit()
    {
        var a = Complete();
        a.ReplaceEmployment([a.Employment[0], a.Employment[0] with { Organisation = "Басқа", Bin = "070540000128" }], NowUtc);
        var checks = ReviewChecks.Of(a, Catalog, Today);
        Assert.Equal([null, ErrorCode.BinCheckDigit], checks.Employers.Select(e => e.BinError));
        Assert.Equal("Басқа", checks.Employers[1].Organisation);
    }

    [Fact]
    public void ComparesDeclaredExperienceWithTheRecords()
    {
        var a = Complete();
        // One job from 10 Jan 2015 to today (18 Mar 2026): 11 years 2 months.
        a.UpdateProfession(new ProfessionData(4, 12, 0), NowUtc);
        var checks = ReviewChecks.Of(a, Catalog, Today);
        Assert.False(checks.ExperienceWithinRecords);
        Assert.Equal(new Experience(12, 0), checks.DeclaredExperience);
        Assert.Equal(new Experience(11, 2), checks.ComputedExperience);

        a.UpdateProfession(new ProfessionData(4, 11, 2), NowUtc);
        Assert.True(ReviewChecks.Of(a, Catalog, Today).ExperienceWithinRecords);
    }

    [Fact]
    public void NamesACategoryFromAnotherProfessionsScale()
    {
        var a = Complete();
        var teacher = Catalog.Categories.First(c => c.Scale == CategoryScale.Teacher && !c.IsNone);
        a.ReplaceQualifications([a.Qualifications[0], a.Qualifications[0] with { CategoryId = teacher.Id }], noCategory: false, NowUtc);
        Assert.Equal([teacher.Id], ReviewChecks.Of(a, Catalog, Today).CategoriesNotForProfession.Select(c => c.Id));
    }

    [Fact]
    public void NamesDocumentsExpiredOnTheDayOfReviewNotOnTheDayOfSubmission()
    {
        var a = Complete();
        // The criminal-record certificate runs to 31 Dec 2026: valid at submission, expired in January.
        Assert.Empty(ReviewChecks.Of(a, Catalog, Today).ExpiredDocuments);
        var expired = ReviewChecks.Of(a, Catalog, new DateOnly(2027, 1, 1)).ExpiredDocuments;
        Assert.Equal([ReferenceDataSeed.DocumentCodes.CriminalRecord], expired.Select(k => k.Code));
    }

    [Fact]
    public void NamesRequiredDocumentsThatAreMissing()
    {
        var a = Complete();
        a.ReplaceDocuments(a.Documents.Where(d => d.KindId != Catalog.DocumentKinds.Single(k => k.Code == ReferenceDataSeed.DocumentCodes.CriminalRecord).Id), NowUtc);
        Assert.Equal([ReferenceDataSeed.DocumentCodes.CriminalRecord], ReviewChecks.Of(a, Catalog, Today).MissingDocuments.Select(k => k.Code));
    }

    [Fact]
    public void AgreesWithTheWizardsCompletenessRules()
    {
        // The same rules, so a check that fails here is a problem the wizard would have named too.
        var a = Complete();
        a.UpdateProfession(new ProfessionData(4, 30, 0), NowUtc);
        var teacher = Catalog.Categories.First(c => c.Scale == CategoryScale.Teacher && !c.IsNone);
        a.ReplaceQualifications([a.Qualifications[0] with { CategoryId = teacher.Id }], noCategory: false, NowUtc);
        var completeness = ApplicationCompleteness.Evaluate(a, Catalog, Today);
        var checks = ReviewChecks.Of(a, Catalog, Today);
        Assert.Contains(completeness.AllErrors, e => e.Error.Code == ErrorCode.ExperienceAboveRecords);
        Assert.False(checks.ExperienceWithinRecords);
        Assert.Contains(completeness.AllErrors, e => e.Error.Code == ErrorCode.CategoryNotForProfession);
        Assert.NotEmpty(checks.CategoriesNotForProfession);
    }
}
