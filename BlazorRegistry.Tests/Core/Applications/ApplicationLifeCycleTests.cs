using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Review;
using BlazorRegistry.Core.Rules;
using BlazorRegistry.Tests.Support;
using static BlazorRegistry.Tests.Support.TestApplications;

namespace BlazorRegistry.Tests.Core.Applications;

public class ApplicationSubmit
{
    [Fact]
    public void MovesDraftToSubmittedWithReferenceNumberAndDeadline()
    {
        var a = Complete().WithId(123);
        a.Submit(NowUtc, WorkingDays);

        Assert.Equal(ApplicationStatus.Submitted, a.Status);
        Assert.Equal("RS-2026-000123", a.ReferenceNumber);
        Assert.Equal(new DateOnly(2026, 3, 30), a.DecisionDeadline); // Wed 18 March; 23–25 March are Nauryz
        Assert.Equal(NowUtc, a.FirstSubmittedAtUtc);
        var entry = Assert.Single(a.History);
        Assert.Equal((HistoryAction.Submitted, ApplicationStatus.Draft, ApplicationStatus.Submitted, "applicant-1"),
            (entry.Action, entry.From, entry.To, entry.ActorId));
    }

    [Fact]
    public void RefusesASecondSubmission()
    {
        var a = Complete().WithId(1);
        a.Submit(NowUtc, WorkingDays);
        var ex = Assert.Throws<DomainException>(() => a.Submit(NowUtc, WorkingDays));
        Assert.Equal(ErrorCode.IllegalStatusMove, ex.Code);
    }

    [Fact]
    public void FreezesTheAnswersOnceSubmitted()
    {
        var a = Complete().WithId(1);
        a.Submit(NowUtc, WorkingDays);
        var ex = Assert.Throws<DomainException>(() => a.UpdateProfession(new ProfessionData(1, 1, 0), NowUtc));
        Assert.Equal(ErrorCode.ApplicationNotEditable, ex.Code);
    }

    [Fact]
    public void ResubmissionKeepsTheFirstDateAndOpensANewTerm()
    {
        var a = Complete().WithId(7);
        a.Submit(NowUtc, WorkingDays);
        a.Claim("admin-1", NowUtc.AddHours(1));
        a.ReturnForRevision("admin-1", [ReturnReason.IncompleteOrExpiredDocuments], "Справка устарела", NowUtc.AddHours(2));

        var later = NowUtc.AddDays(14); // Wednesday 1 April 2026
        a.ReplaceDocuments(a.Documents, later);
        a.Submit(later, WorkingDays);

        Assert.Equal(ApplicationStatus.Submitted, a.Status);
        Assert.Equal(NowUtc, a.FirstSubmittedAtUtc);
        Assert.Equal(later, a.LastSubmittedAtUtc);
        Assert.Equal(new DateOnly(2026, 4, 8), a.DecisionDeadline);
        Assert.Equal(2, a.SubmissionCount);
        Assert.Equal("RS-2026-000007", a.ReferenceNumber);
        Assert.Equal(HistoryAction.Resubmitted, a.History[^1].Action);
        Assert.Equal(ApplicationStatus.Returned, a.History[^1].From);
    }

    [Fact]
    public void EveryChangeRenewsTheVersion()
    {
        var a = Complete();
        var before = a.Version;
        a.UpdateProfession(new ProfessionData(4, 1, 0), NowUtc);
        Assert.NotEqual(before, a.Version);
    }
}

public class ApplicationClaimAndRelease
{
    private static Application Submitted()
    {
        var a = Complete().WithId(5);
        a.Submit(NowUtc, WorkingDays);
        return a;
    }

    [Fact]
    public void ClaimPutsItInReviewUnderTheAdministrator()
    {
        var a = Submitted();
        a.Claim("admin-1", NowUtc);
        Assert.Equal((ApplicationStatus.InReview, "admin-1"), (a.Status, a.HolderId));
        Assert.Equal(HistoryAction.Claimed, a.History[^1].Action);
    }

    [Fact]
    public void AnotherAdministratorNeedsToTakeOverExplicitly()
    {
        var a = Submitted();
        a.Claim("admin-1", NowUtc);
        Assert.Equal(ErrorCode.NotTheHolder, Assert.Throws<DomainException>(() => a.Claim("admin-2", NowUtc)).Code);

        a.Claim("admin-2", NowUtc, takeOver: true);
        Assert.Equal("admin-2", a.HolderId);
        Assert.Equal(HistoryAction.TakenOver, a.History[^1].Action);
        Assert.Equal("admin-1", a.History[^1].Comment);
    }

    [Fact]
    public void ReleaseReturnsItToTheQueue()
    {
        var a = Submitted();
        a.Claim("admin-1", NowUtc);
        a.Release("admin-1", NowUtc);
        Assert.Equal(ApplicationStatus.Submitted, a.Status);
        Assert.Null(a.HolderId);
    }

    [Fact]
    public void OnlyTheHolderReleases()
    {
        var a = Submitted();
        a.Claim("admin-1", NowUtc);
        Assert.Equal(ErrorCode.NotTheHolder, Assert.Throws<DomainException>(() => a.Release("admin-2", NowUtc)).Code);
    }

    [Fact]
    public void ADraftCannotBeClaimed()
    {
        var a = Complete().WithId(1);
        Assert.Equal(ErrorCode.IllegalStatusMove, Assert.Throws<DomainException>(() => a.Claim("admin-1", NowUtc)).Code);
    }
}

public class ApplicationDecisions
{
    private static Application InReview(string holder = "admin-1")
    {
        var a = Complete().WithId(9);
        a.Submit(NowUtc, WorkingDays);
        a.Claim(holder, NowUtc);
        return a;
    }

    [Fact]
    public void RegisterRecordsTheDecisionDayInKazakhstanTime()
    {
        var a = InReview();
        var lateEveningUtc = new DateTime(2026, 3, 19, 20, 0, 0, DateTimeKind.Utc); // 01:00 on 20 March in Astana
        var includedOn = a.Register("admin-1", lateEveningUtc);
        Assert.Equal(new DateOnly(2026, 3, 20), includedOn);
        Assert.Equal(ApplicationStatus.Registered, a.Status);
        Assert.Null(a.HolderId);
    }

    [Fact]
    public void ReturnNamesOneOrMoreReasonsAndAComment()
    {
        var a = InReview();
        a.ReturnForRevision("admin-1", [ReturnReason.EmploymentMismatch, ReturnReason.IncompleteOrExpiredDocuments, ReturnReason.EmploymentMismatch], "  Еңбек кітапшасы жоқ ", NowUtc);
        Assert.Equal(ApplicationStatus.Returned, a.Status);
        Assert.Equal([ReturnReason.IncompleteOrExpiredDocuments, ReturnReason.EmploymentMismatch], a.ReturnReasons);
        Assert.Equal([ReturnReason.IncompleteOrExpiredDocuments, ReturnReason.EmploymentMismatch], a.History[^1].ReturnReasons);
        Assert.Null(a.History[^1].RefusalReason);
        Assert.Equal("Еңбек кітапшасы жоқ", a.History[^1].Comment);
        Assert.True(a.Status.IsEditable());
    }

    [Fact]
    public void ReturnWithoutReasonIsRefused() =>
        Assert.Equal(ErrorCode.ReturnReasonRequired,
            Assert.Throws<DomainException>(() => InReview().ReturnForRevision("admin-1", [], "comment", NowUtc)).Code);

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void DecisionsWithoutCommentAreRefused(string? comment)
    {
        Assert.Equal(ErrorCode.CommentRequired,
            Assert.Throws<DomainException>(() => InReview().ReturnForRevision("admin-1", [ReturnReason.ProfessionMismatch], comment, NowUtc)).Code);
        Assert.Equal(ErrorCode.CommentRequired,
            Assert.Throws<DomainException>(() => InReview().Refuse("admin-1", RefusalReason.EmigratedPermanently, comment, NowUtc)).Code);
    }

    [Fact]
    public void RefusalNamesExactlyOneKnownReason()
    {
        var a = InReview();
        Assert.Equal(ErrorCode.RefusalReasonRequired,
            Assert.Throws<DomainException>(() => a.Refuse("admin-1", (RefusalReason)9, "x", NowUtc)).Code);
        a.Refuse("admin-1", RefusalReason.EmigratedPermanently, "Тұрақты тұруға кетті", NowUtc);
        Assert.Equal((ApplicationStatus.Refused, RefusalReason.EmigratedPermanently), (a.Status, a.RefusalReason));
        Assert.Equal(RefusalReason.EmigratedPermanently, a.History[^1].RefusalReason);
        Assert.Empty(a.History[^1].ReturnReasons);
    }

    [Fact]
    public void OnlyTheHolderDecides()
    {
        var a = InReview("admin-1");
        Assert.Equal(ErrorCode.NotTheHolder, Assert.Throws<DomainException>(() => a.Register("admin-2", NowUtc)).Code);
    }

    [Fact]
    public void AnUnclaimedApplicationCannotBeDecided()
    {
        var a = Complete().WithId(1);
        a.Submit(NowUtc, WorkingDays);
        Assert.Equal(ErrorCode.IllegalStatusMove, Assert.Throws<DomainException>(() => a.Register("admin-1", NowUtc)).Code);
    }

    [Fact]
    public void DecidedApplicationsAreFinal()
    {
        var registered = InReview();
        registered.Register("admin-1", NowUtc);
        Assert.Throws<DomainException>(() => registered.Claim("admin-1", NowUtc));
        Assert.Throws<DomainException>(() => registered.Submit(NowUtc, WorkingDays));

        var refused = InReview();
        refused.Refuse("admin-1", RefusalReason.LegallyIncapable, "x", NowUtc);
        Assert.Throws<DomainException>(() => refused.UpdatePersonalData(PersonalData.Empty, NowUtc));
        Assert.Throws<DomainException>(() => refused.Claim("admin-1", NowUtc));
    }

    [Fact]
    public void ReasonCodesMatchTheOrder()
    {
        Assert.Equal(["R1", "R2", "R3", "R4"], Enum.GetValues<ReturnReason>().Select(r => r.Code()));
        Assert.Equal(["F1", "F2", "F3", "F4"], Enum.GetValues<RefusalReason>().Select(r => r.Code()));
        Assert.Equal("R1,R3", ReasonCodes.Format([ReturnReason.IncompleteOrExpiredDocuments, ReturnReason.ProfessionMismatch, ReturnReason.ProfessionMismatch]));
        Assert.Equal([ReturnReason.ProfessionMismatch, ReturnReason.IncompleteOrExpiredDocuments], ReasonCodes.ParseReturnReasons("R3, R1,R9,F2,X"));
        Assert.Empty(ReasonCodes.ParseReturnReasons(null));
    }
}
