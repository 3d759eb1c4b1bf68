using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Review;
using BlazorRegistry.Core.Rules;
using static BlazorRegistry.Tests.Support.TestApplications;

namespace BlazorRegistry.Tests.Core.Applications;

public class ApplicationCompletenessEvaluate
{
    private static ApplicationCompleteness Evaluate(Application a, DateOnly? today = null) =>
        ApplicationCompleteness.Evaluate(a, ReferenceCatalog.Seeded, today ?? Today);

    private static IEnumerable<ErrorCode> Codes(ApplicationCompleteness c, ApplicationSection s) => c.ErrorsIn(s).Select(e => e.Code);

    [Fact]
    public void ACompleteApplicationHasNothingMissing()
    {
        var c = Evaluate(Complete());
        Assert.True(c.IsComplete, string.Join("; ", c.AllErrors));
        Assert.All(Enum.GetValues<ApplicationSection>(), s => Assert.Equal(SectionState.Complete, c.StateOf(s)));
    }

    [Fact]
    public void ANewDraftLacksEverySectionAndNoneIsStarted()
    {
        var c = Evaluate(Application.StartDraft("a", NowUtc));
        Assert.False(c.IsComplete);
        Assert.All(Enum.GetValues<ApplicationSection>(), s =>
        {
            Assert.NotEmpty(c.ErrorsIn(s));
            Assert.Equal(SectionState.NotStarted, c.StateOf(s));
        });
        Assert.Contains(ErrorCode.EducationMissing, Codes(c, ApplicationSection.Education));
        Assert.Contains(ErrorCode.EmploymentMissing, Codes(c, ApplicationSection.Employment));
        Assert.Contains(ErrorCode.QualificationAnswerMissing, Codes(c, ApplicationSection.Qualification));
        Assert.Contains(ErrorCode.ConsentDecisionMissing, Codes(c, ApplicationSection.Consent));
    }

    [Fact]
    public void RejectsAnApplicantUnder18()
    {
        var a = Complete();
        var born = Today.AddYears(-18).AddDays(1);
        a.UpdatePersonalData(a.Personal with { DateOfBirth = born, Iin = BlazorRegistry.Tests.Support.TestIins.Next(born) }, NowUtc);
        var c = Evaluate(a);
        Assert.Equal([new RuleError(ErrorCode.ApplicantUnder18, "DateOfBirth")], c.ErrorsIn(ApplicationSection.Personal));
        Assert.Equal(SectionState.InProgress, c.StateOf(ApplicationSection.Personal));
    }

    [Theory]
    [InlineData(null, ErrorCode.Required)]
    [InlineData("90051530001", ErrorCode.IinNotTwelveDigits)]
    [InlineData("900515300019", ErrorCode.IinCheckDigit)]
    [InlineData("900101300017", ErrorCode.IinDateOfBirthMismatch)] // a valid IIN of someone born on 1 January 1990
    public void TheIinIsRequiredValidAndTheApplicantsOwn(string? iin, ErrorCode expected)
    {
        var a = Complete(); // born 15 May 1990
        a.UpdatePersonalData(a.Personal with { Iin = iin }, NowUtc);
        Assert.Equal([new RuleError(expected, "Iin")], Evaluate(a).ErrorsIn(ApplicationSection.Personal));
    }

    [Fact]
    public void AValidIinIsStoredAsDigitsWithTheSexItRecords()
    {
        var a = Application.StartDraft("a", NowUtc);
        a.UpdatePersonalData(new PersonalData("Сейтқали", "Айгүл", null, new DateOnly(1985, 5, 15), " 850515 400002 "), NowUtc);
        Assert.Equal(("850515400002", "850515400002", (Sex?)Sex.Female), (a.Personal.Iin, a.Iin, a.Sex));
        Assert.DoesNotContain(Evaluate(a).ErrorsIn(ApplicationSection.Personal), e => e.Field == "Iin");

        // What was typed stays in the draft (nothing typed is lost), but nothing invalid is the IIN.
        a.UpdatePersonalData(a.Personal with { Iin = "85051540000" }, NowUtc);
        Assert.Equal(("85051540000", (string?)null, (Sex?)null), (a.Personal.Iin, a.Iin, a.Sex));
    }

    [Fact]
    public void FlagsAnInvalidBinOnItsRecord()
    {
        var a = Complete();
        a.ReplaceEmployment([a.Employment[0], a.Employment[0] with { Bin = "070540000128" }], NowUtc);
        Assert.Equal([new RuleError(ErrorCode.BinCheckDigit, "Employment[1].Bin")], Evaluate(a).ErrorsIn(ApplicationSection.Employment));
    }

    [Fact]
    public void RejectsDeclaredExperienceAboveTheRecords()
    {
        var a = Complete(); // one job in special social services since 10 January 2015: 11 years 2 months by 18 March 2026
        a.UpdateProfession(new ProfessionData(4, 11, 2), NowUtc);
        Assert.Empty(Evaluate(a).ErrorsIn(ApplicationSection.ProfessionAndExperience));
        a.UpdateProfession(new ProfessionData(4, 11, 3), NowUtc);
        Assert.Contains(ErrorCode.ExperienceAboveRecords, Codes(Evaluate(a), ApplicationSection.ProfessionAndExperience));
    }

    [Fact]
    public void JobsOutsideSpecialSocialServicesDoNotCount()
    {
        var a = Complete();
        a.ReplaceEmployment([a.Employment[0] with { InSpecialSocialServices = false }], NowUtc);
        Assert.Equal(new Experience(0, 0), ApplicationCompleteness.ComputedExperience(a, Today));
        Assert.Contains(ErrorCode.ExperienceAboveRecords, Codes(Evaluate(a), ApplicationSection.ProfessionAndExperience));
    }

    [Fact]
    public void RejectsACategoryFromAnotherProfessionsList()
    {
        var a = Complete(); // a social-work specialist claiming a teacher's category
        a.ReplaceQualifications([a.Qualifications[0] with { CategoryId = 7 }], false, NowUtc);
        Assert.Contains(ErrorCode.CategoryNotForProfession, Codes(Evaluate(a), ApplicationSection.Qualification));
    }

    [Fact]
    public void RejectsAQualificationDateInTheFuture()
    {
        var a = Complete();
        a.ReplaceQualifications([a.Qualifications[0] with { AssignedOn = Today.AddDays(1) }], false, NowUtc);
        Assert.Equal([new RuleError(ErrorCode.DateInFuture, "Qualifications[0].AssignedOn")], Evaluate(a).ErrorsIn(ApplicationSection.Qualification));
    }

    [Fact]
    public void NoCategoryIsAValidAnswerThatNeedsNoCertificate()
    {
        var a = Complete();
        a.ReplaceQualifications([], noCategory: true, NowUtc);
        a.ReplaceDocuments(a.Documents.Where(d => d.KindId != 4), NowUtc);
        Assert.True(Evaluate(a).IsComplete);
    }

    [Fact]
    public void ACategoryNeedsItsCertificate()
    {
        var a = Complete();
        a.ReplaceDocuments(a.Documents.Where(d => d.KindId != 4), NowUtc);
        Assert.Empty(Evaluate(a).ErrorsIn(ApplicationSection.Documents)); // the scan attached to the category record counts
        a.ReplaceQualifications([a.Qualifications[0] with { FileId = null }], false, NowUtc);
        Assert.Equal([new RuleError(ErrorCode.DocumentMissing, "Documents.category")], Evaluate(a).ErrorsIn(ApplicationSection.Documents));
    }

    [Fact]
    public void TheCategoryCertificateIsRequiredOnlyWhenACategoryIsClaimed()
    {
        var a = Complete();
        Assert.Contains(ApplicationCompleteness.RequiredDocuments(a, ReferenceCatalog.Seeded), k => k.Code == ReferenceDataSeed.DocumentCodes.Category);
        a.ReplaceQualifications([], noCategory: true, NowUtc);
        var required = ApplicationCompleteness.RequiredDocuments(a, ReferenceCatalog.Seeded).Select(k => k.Code).Order();
        Assert.Equal(["criminal-record", "education", "employment", "identity"], required);
    }

    [Fact]
    public void ADiplomaScanCountsWhetherAttachedToTheRecordOrInTheDocumentsStep()
    {
        var a = Complete();
        a.ReplaceDocuments(a.Documents.Where(d => d.KindId != 2), NowUtc);
        Assert.Empty(Evaluate(a).ErrorsIn(ApplicationSection.Documents));
        a.ReplaceEducation([a.Education[0] with { FileId = null }], NowUtc);
        Assert.Equal([new RuleError(ErrorCode.DocumentMissing, "Documents.education")], Evaluate(a).ErrorsIn(ApplicationSection.Documents));
    }

    [Fact]
    public void RejectsADocumentExpiredOnTheDayOfSubmission()
    {
        var a = Complete(); // the criminal-record certificate is valid to 31 December 2026
        Assert.Empty(Evaluate(a, new DateOnly(2026, 12, 31)).ErrorsIn(ApplicationSection.Documents));
        var errors = Evaluate(a, new DateOnly(2027, 1, 1)).ErrorsIn(ApplicationSection.Documents);
        Assert.Equal([new RuleError(ErrorCode.DocumentExpired, "Documents[3].ExpiresOn")], errors);
    }

    [Fact]
    public void RequiresTheExpiryOfDocumentsThatExpire()
    {
        var a = Complete();
        a.ReplaceDocuments(a.Documents.Select(d => d.KindId == 1 ? d with { ExpiresOn = null } : d), NowUtc);
        Assert.Equal([new RuleError(ErrorCode.DocumentExpiryRequired, "Documents[0].ExpiresOn")], Evaluate(a).ErrorsIn(ApplicationSection.Documents));
    }

    [Fact]
    public void EmailIsOptionalButMustBeValidWhenGiven()
    {
        var a = Complete();
        a.UpdateContacts(new ContactData("+77012345678", ""), a.Address, NowUtc);
        Assert.Empty(Evaluate(a).ErrorsIn(ApplicationSection.ContactsAndAddress));
        a.UpdateContacts(new ContactData("+77012345678", "not-an-email"), a.Address, NowUtc);
        Assert.Equal([new RuleError(ErrorCode.EmailInvalid, "Email")], Evaluate(a).ErrorsIn(ApplicationSection.ContactsAndAddress));
    }

    [Fact]
    public void KeepsInvalidInputAsTypedSoNothingIsLost()
    {
        var a = Complete();
        a.UpdateContacts(new ContactData("8 701 23", "x@"), a.Address, NowUtc);
        Assert.Equal(("8 701 23", "x@"), (a.Contacts.Mobile, a.Contacts.Email));
        a.UpdateContacts(new ContactData("8 701 234 56 78", "X@Mail.KZ"), a.Address, NowUtc);
        Assert.Equal(("+77012345678", "X@mail.kz"), (a.Contacts.Mobile, a.Contacts.Email));
    }

    [Fact]
    public void MarksTheSectionsAReturnConcerns()
    {
        var a = Complete().WithId(3);
        a.Submit(NowUtc, WorkingDays);
        a.Claim("admin", NowUtc);
        a.ReturnForRevision("admin", [ReturnReason.IncompleteOrExpiredDocuments, ReturnReason.EmploymentMismatch], "x", NowUtc);
        var c = Evaluate(a);
        Assert.Equal(SectionState.NeedsChanges, c.StateOf(ApplicationSection.Documents));
        Assert.Equal(SectionState.NeedsChanges, c.StateOf(ApplicationSection.Employment));
        Assert.Equal(SectionState.Complete, c.StateOf(ApplicationSection.Personal));

        // Once the applicant changes a flagged section, it shows its own state again; the untouched one stays flagged.
        a.ReplaceDocuments([.. a.Documents.Select(d => d with { FileId = d.FileId + "-new" })], NowUtc);
        c = Evaluate(a);
        Assert.Equal(SectionState.Complete, c.StateOf(ApplicationSection.Documents));
        Assert.Equal(SectionState.NeedsChanges, c.StateOf(ApplicationSection.Employment));
    }

    [Fact]
    public void NamesAreStoredNormalisedWithAFoldedKey()
    {
        var a = Application.StartDraft("a", NowUtc);
        a.UpdatePersonalData(new PersonalData("  Сейтқали ", "Нұрлан", null, new DateOnly(1990, 1, 1), null), NowUtc);
        Assert.Equal("Сейтқали", a.Personal.Surname);
        Assert.Equal("сейткали нурлан", a.NameKey);
    }
}
