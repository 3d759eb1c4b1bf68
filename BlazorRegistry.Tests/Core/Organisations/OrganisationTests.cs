using Microsoft.EntityFrameworkCore;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Organisations;
using BlazorRegistry.Core.Rules;
using BlazorRegistry.Tests.Support;

namespace BlazorRegistry.Tests.Core.Organisations;

/// <summary>An organisation applying for its specialists (issue #16): its rules, without a database.</summary>
public class OrganisationRules
{
    private static readonly DateTime Now = new(2026, 3, 18, 6, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 3, 18);
    internal const string Bin = "070540000129"; // a resident legal entity (type digit 4)

    internal static OrganisationDetails CompleteDetails => new("«Мейірім» арнаулы әлеуметтік қызметтер көрсету орталығы",
        "Центр оказания специальных социальных услуг «Мейірім»", LegalForm.StateInstitution, 18,
        new Licence("KZ12LAA00012345", new DateOnly(2021, 4, 1), "Астана қаласы әлеуметтік қорғау басқармасы", "file-licence"),
        new ContactPerson("Сейтқалиева Айгүл", "8 701 234 56 78", "centre@meirim.kz"));

    internal static Organisation Complete()
    {
        var o = Organisation.Start(Bin, Now);
        var d = CompleteDetails;
        o.UpdateDetails(d.NameKk, d.NameRu, d.LegalForm, d.RegionId, d.Licence, d.Contact);
        o.ContactCodeSent(email: false);
        o.ConfirmContact(email: false);
        o.ContactCodeSent(email: true);
        o.ConfirmContact(email: true);
        return o;
    }

    [Fact]
    public void ACodeProvesOnlyTheAddressItWasSentTo()
    {
        var o = Organisation.Start(Bin, Now);
        var d = CompleteDetails;
        o.UpdateDetails(d.NameKk, d.NameRu, d.LegalForm, d.RegionId, d.Licence, d.Contact);
        o.ContactCodeSent(email: false);
        // The phone is changed after the code went out: the code proves nothing about the new one.
        o.UpdateDetails(d.NameKk, d.NameRu, d.LegalForm, d.RegionId, d.Licence, d.Contact with { Mobile = "8 702 999 00 11" });
        Assert.Equal(ErrorCode.ContactNotConfirmed, Assert.Throws<DomainException>(() => o.ConfirmContact(email: false)).Code);
        Assert.Null(o.ConfirmedMobile);
        // Proven, then changed: unproven again.
        o.ContactCodeSent(email: false);
        o.ConfirmContact(email: false);
        Assert.DoesNotContain(o.Problems(Today), e => e.Field == "Contact.Mobile");
        o.UpdateDetails(d.NameKk, d.NameRu, d.LegalForm, d.RegionId, d.Licence, d.Contact);
        Assert.Contains(new RuleError(ErrorCode.ContactNotConfirmed, "Contact.Mobile"), o.Problems(Today));
    }

    [Theory]
    [InlineData("900101300017", ErrorCode.BinNotOrganisation)] // a person's IIN
    [InlineData("070540000128", ErrorCode.BinCheckDigit)]
    [InlineData("0705", ErrorCode.BinNotTwelveDigits)]
    public void OnlyALegalEntitysBinStartsAnOrganisation(string bin, ErrorCode expected) =>
        Assert.Equal(expected, Assert.Throws<DomainException>(() => Organisation.Start(bin, Now)).Code);

    [Fact]
    public void ANewOrganisationPreparesButMayNotSubmitUntilVerified()
    {
        var o = Organisation.Start(" 0705 4000 0129 ", Now);
        Assert.Equal((Bin, OrganisationStatus.Draft, false), (o.Bin, o.Status, o.MaySubmitApplications));
        var missing = o.Problems(Today).Select(e => e.Field).ToHashSet();
        Assert.Superset(new HashSet<string?> { "NameKk", "NameRu", "LegalForm", "RegionId", "Licence.Number", "Licence.IssuedOn", "Licence.IssuedBy",
            "Licence.FileId", "Contact.FullName", "Contact.Mobile", "Contact.Email" }, missing);
        Assert.Equal(ErrorCode.OrganisationIncomplete, Assert.Throws<DomainException>(() => o.SubmitForVerification(Today, Now)).Code);
    }

    [Fact]
    public void TheLicenceAndTheContactAreChecked()
    {
        var o = Complete();
        var d = CompleteDetails;
        o.UpdateDetails(d.NameKk, d.NameRu, d.LegalForm, d.RegionId, d.Licence with { IssuedOn = Today.AddDays(1) },
            d.Contact with { Mobile = "+7 727 123 45 67", Email = null });
        Assert.Equal([new RuleError(ErrorCode.DateInFuture, "Licence.IssuedOn"), new RuleError(ErrorCode.PhoneInvalid, "Contact.Mobile"),
            new RuleError(ErrorCode.Required, "Contact.Email")], o.Problems(Today));
        Assert.Equal("+77012345678", Complete().Contact.Mobile); // stored in E.164 once valid
    }

    [Fact]
    public void VerificationLetsItSubmitAndIsFinal()
    {
        var o = Complete();
        o.SubmitForVerification(Today, Now);
        Assert.Equal(OrganisationStatus.AwaitingVerification, o.Status);
        var d = CompleteDetails;
        Assert.Equal(ErrorCode.OrganisationNotEditable,
            Assert.Throws<DomainException>(() => o.UpdateDetails("x", "x", d.LegalForm, d.RegionId, d.Licence, d.Contact)).Code);
        o.Verify("admin-1", Now);
        Assert.Equal((OrganisationStatus.Verified, true, "admin-1"), (o.Status, o.MaySubmitApplications, o.DeciderId));
        Assert.Equal(ErrorCode.IllegalStatusMove, Assert.Throws<DomainException>(() => o.Refuse("admin-2", "Лицензия жоқ", Now)).Code);
    }

    [Fact]
    public void AReturnNeedsACommentAndOpensTheDetailsAgain()
    {
        var o = Complete();
        o.SubmitForVerification(Today, Now);
        Assert.Equal(ErrorCode.CommentRequired, Assert.Throws<DomainException>(() => o.ReturnForChanges("admin-1", " ", Now)).Code);
        o.ReturnForChanges("admin-1", "Лицензияның көшірмесі оқылмайды", Now);
        Assert.Equal((OrganisationStatus.Returned, "Лицензияның көшірмесі оқылмайды", false), (o.Status, o.DecisionComment, o.MaySubmitApplications));
        var d = CompleteDetails;
        o.UpdateDetails(d.NameKk, d.NameRu, d.LegalForm, d.RegionId, d.Licence with { FileId = "file-licence-2" }, d.Contact);
        o.SubmitForVerification(Today, Now);
        o.Refuse("admin-1", "Лицензия кері қайтарылған", Now);
        Assert.Equal((OrganisationStatus.Refused, false), (o.Status, o.MaySubmitApplications));
    }
}

/// <summary>Organisations over a real SQLite database: one per BIN, members only, the verification queue.</summary>
public class OrganisationServiceTests
{
    [Fact]
    public async Task OneOrganisationPerBinAndOnePerPerson()
    {
        await using var test = await TestDatabase.CreateAsync();
        var service = test.Get<OrganisationService>();
        Assert.True((await service.StartAsync("director", OrganisationRules.Bin)).Succeeded);
        Assert.Equal(new RuleError(ErrorCode.OrganisationBinTaken, "Bin"), Assert.Single((await service.StartAsync("someone-else", "0705 4000 0129")).Errors));
        Assert.Equal(ErrorCode.OrganisationAlreadyJoined, Assert.Single((await service.StartAsync("director", "120360007893")).Errors).Code);
        Assert.Equal(new RuleError(ErrorCode.BinNotOrganisation, "Bin"), Assert.Single((await service.StartAsync("clerk", "900101300017")).Errors));
        var (organisation, role) = (await service.OfMemberAsync("director"))!.Value;
        Assert.Equal((OrganisationRules.Bin, OrganisationRole.OrganisationAdministrator), (organisation.Bin, role));
        Assert.Null(await service.OfMemberAsync("someone-else"));
    }

    [Fact]
    public async Task OnlyItsOwnPeopleChangeItAndAStaleScreenIsRefused()
    {
        await using var test = await TestDatabase.CreateAsync();
        var service = test.Get<OrganisationService>();
        await TestOrganisations.EnsureAccountAsync(test.Services, "director");
        var started = (await service.StartAsync("director", OrganisationRules.Bin)).Value!;
        // A stranger has no organisation to change: there is no id to name somebody else's.
        Assert.Equal(ErrorCode.OrganisationNotFound, Assert.Single((await service.SaveDetailsAsync("stranger", started.Version, OrganisationRules.CompleteDetails)).Errors).Code);

        var saved = await service.SaveDetailsAsync("director", started.Version, OrganisationRules.CompleteDetails);
        Assert.True(saved.Succeeded);
        Assert.Equal(ErrorCode.ConcurrencyConflict, Assert.Single((await service.SaveDetailsAsync("director", started.Version, OrganisationRules.CompleteDetails)).Errors).Code);
        // Complete but for the contacts, unproven: not yet.
        Assert.Equal(ErrorCode.OrganisationIncomplete, Assert.Single((await service.SubmitForVerificationAsync("director", saved.Value!.Version)).Errors).Code);
        var confirmed = await TestOrganisations.ConfirmContactsAsync(service, "director", saved.Value);
        Assert.True((await service.SubmitForVerificationAsync("director", confirmed.Version)).Succeeded);

        var waiting = Assert.Single(await service.AwaitingVerificationAsync());
        Assert.True((await service.VerifyAsync(waiting.Id, "admin-1")).Succeeded);
        // The decision carries its audit line in the same commit.
        await using (var db = test.NewContext())
            Assert.Equal("admin-1", (await db.AuditEntries.SingleAsync(e => e.Action == BlazorRegistry.Core.Audit.AuditAction.DecidedOrganisation)).ActorId);
        Assert.True((await service.OfMemberAsync("director"))!.Value.Organisation.MaySubmitApplications);
        Assert.Empty(await service.AwaitingVerificationAsync());
        Assert.Equal(ErrorCode.OrganisationNotFound, Assert.Single((await service.VerifyAsync(9999, "admin-1")).Errors).Code);
    }
}
