using BlazorRegistry.Core;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Audit;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Register;
using BlazorRegistry.Core.Rules;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Tests.Core.ReferenceData;

/// <summary>Issue #17, point 1: administrators keep the reference lists; Core validates, audits and never deletes.</summary>
public class ReferenceEdits
{
    private static readonly AuditActor Admin = new("admin-1", "127.0.0.1");

    private static ReferenceItemInput Region(string code, string? kk, string? ru) => new(ReferenceList.Regions, kk, ru) { Code = code };

    private static IEnumerable<ErrorCode> Codes<T>(Result<T> r) => r.Errors.Select(e => e.Code);

    [Fact]
    public async Task AnAddedRegionIsOfferedAtOnceAuditedAndNumberedApartFromTheSeed()
    {
        await using var test = await TestDatabase.CreateAsync();
        var provider = test.Get<ReferenceDataProvider>();
        var before = await provider.GetAsync(); // cached now: the edit must drop it
        var changed = 0;
        provider.Changed += () => changed++;

        var added = await test.Get<ReferenceDataService>().SaveAsync(Admin, null, Region("81", "  Жаңа облыс ", "Новая область"));

        Assert.True(added.Succeeded);
        Assert.Equal(ReferenceDataService.FirstAddedId, added.Value);
        var after = await provider.GetAsync();
        var region = Assert.Single(after.Regions, r => r.Code == "81");
        Assert.Equal(("Жаңа облыс", "Новая область", true), (region.NameKk, region.NameRu, region.IsActive));
        Assert.Equal(before.Regions.Max(r => r.SortOrder) + 1, region.SortOrder);
        Assert.Equal(1, changed);
        await using var db = test.NewContext();
        var audit = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.ChangedReferenceData);
        Assert.Equal(("admin-1", $"Regions|{ReferenceDataService.FirstAddedId}|Added||Жаңа облыс / Новая область"), (audit.ActorId, audit.Detail));
    }

    [Fact]
    public async Task BothNamesAreRequiredAndUniqueCodesAreCheckedAndNothingIsWrittenOnRefusal()
    {
        await using var test = await TestDatabase.CreateAsync();
        var service = test.Get<ReferenceDataService>();

        var empty = await service.SaveAsync(Admin, null, Region("81", " ", null));
        Assert.Equal([(ErrorCode.Required, "NameKk"), (ErrorCode.Required, "NameRu")], empty.Errors.Select(e => (e.Code, e.Field)).Take(2));
        // A name the list already has, whatever the letter case; a code taken; codes that are not two digits.
        var taken = await service.SaveAsync(Admin, null, Region("79", "астана ҚАЛАСЫ", "Новый город"));
        Assert.Equal([(ErrorCode.ReferenceNameTaken, "NameKk"), (ErrorCode.ReferenceCodeTaken, "Code")], taken.Errors.Select(e => (e.Code, e.Field)));
        Assert.Contains(ErrorCode.ReferenceCodeInvalid, Codes(await service.SaveAsync(Admin, null, Region("7", "А", "Б"))));
        Assert.Contains(ErrorCode.ReferenceCodeInvalid, Codes(await service.SaveAsync(Admin, null, Region("7a", "А", "Б"))));
        Assert.Contains(ErrorCode.TooLong, Codes(await service.SaveAsync(Admin, null, Region("81", new string('а', 301), "Б"))));
        Assert.Contains(ErrorCode.ReferenceCodeInvalid, Codes(await service.SaveAsync(Admin, null,
            new ReferenceItemInput(ReferenceList.DocumentKinds, "Рұқсат", "Разрешение") { Code = "Work Permit" })));
        Assert.Equal(ErrorCode.ReferenceItemNotFound, Assert.Single((await service.SaveAsync(Admin, 999, Region("81", "А", "Б"))).Errors).Code);

        await using var db = test.NewContext();
        Assert.Equal(20, await db.Regions.CountAsync());
        Assert.False(await db.AuditEntries.AnyAsync());
    }

    [Fact]
    public async Task ARetiredRowIsNoLongerOfferedButStillNamesWhatReferredToIt()
    {
        await using var test = await TestDatabase.CreateAsync();
        var service = test.Get<ReferenceDataService>();
        // Category 2 ("Бірінші санат") is on the test application; retire it.
        Assert.True((await service.SetActiveAsync(Admin, ReferenceList.Categories, 2, active: false)).Succeeded);

        var catalog = await test.Get<ReferenceDataProvider>().GetAsync();
        Assert.DoesNotContain(catalog.CategoriesFor(4), c => c.Id == 2);
        Assert.Equal("Первая категория", catalog.Category(2)!.Name(Language.Russian));

        Assert.True((await service.SetActiveAsync(Admin, ReferenceList.Categories, 2, active: true)).Succeeded);
        Assert.Contains((await test.Get<ReferenceDataProvider>().GetAsync()).CategoriesFor(4), c => c.Id == 2);
    }

    [Fact]
    public async Task AListNeverLosesItsLastActiveRowAndACategoryScaleNeitherDoes()
    {
        await using var test = await TestDatabase.CreateAsync();
        var service = test.Get<ReferenceDataService>();
        foreach (var id in new[] { 1, 2, 3 })
            Assert.True((await service.SetActiveAsync(Admin, ReferenceList.Categories, id, active: false)).Succeeded);
        // Category 4 is the social-work scale's last; the teachers' scale (5–10) does not count for it.
        Assert.Equal(ErrorCode.ReferenceLastActive, Assert.Single((await service.SetActiveAsync(Admin, ReferenceList.Categories, 4, active: false)).Errors).Code);
        foreach (var id in Enumerable.Range(2, 3))
            Assert.True((await service.SetActiveAsync(Admin, ReferenceList.EducationLevels, id, active: false)).Succeeded);
        Assert.Equal(ErrorCode.ReferenceLastActive, Assert.Single((await service.SetActiveAsync(Admin, ReferenceList.EducationLevels, 1, active: false)).Errors).Code);
    }

    [Fact]
    public async Task AProfessionsScaleChangesOnlyWhileNothingNamesItAndItsDocumentsFollowTheForm()
    {
        await using var test = await TestDatabase.CreateAsync();
        var service = test.Get<ReferenceDataService>();
        await Registered.SubmittedAsync(test.Services, "applicant-1", "Сейтқали", "Нұрлан"); // names profession 4
        var profession4 = new ReferenceItemInput(ReferenceList.Professions, "Әлеуметтік жұмыс жөніндегі маман", "Специалист по социальной работе")
        {
            Scale = CategoryScale.Teacher,
            RequiredDocumentKindIds = [1, 2, 3, 5],
        };
        Assert.Equal((ErrorCode.ReferenceInUse, "Scale"), Assert.Single((await service.SaveAsync(Admin, 4, profession4)).Errors) is var e ? (e.Code, e.Field) : default);

        // Profession 12 (massage) is named by nobody: its scale may change; its documents become identity and retraining.
        var massage = new ReferenceItemInput(ReferenceList.Professions, "Массажист", "Массажист") { Scale = CategoryScale.Teacher, RequiredDocumentKindIds = [1, 6] };
        Assert.True((await service.SaveAsync(Admin, 12, massage)).Succeeded);
        var catalog = await test.Get<ReferenceDataProvider>().GetAsync();
        Assert.Equal(CategoryScale.Teacher, catalog.Profession(12)!.CategoryScale);
        Assert.Equal(["identity", "retraining"], catalog.RequiredDocumentsFor(12).Select(k => k.Code));
        Assert.Equal(ErrorCode.DocumentKindUnknown, Assert.Single((await service.SaveAsync(Admin, 12, massage with { RequiredDocumentKindIds = [1, 99] })).Errors).Code);
    }

    [Fact]
    public async Task ACategorysValidityIsFixedOnceAnEntryHoldsItAndStaysInRange()
    {
        await using var test = await TestDatabase.CreateAsync();
        var service = test.Get<ReferenceDataService>();
        var first = new ReferenceItemInput(ReferenceList.Categories, "Бірінші санат", "Первая категория") { ValidityYears = 4 };
        Assert.True((await service.SaveAsync(Admin, 2, first)).Succeeded); // nobody holds it yet
        Assert.Equal(4, (await test.Get<ReferenceDataProvider>().GetAsync()).Category(2)!.ValidityYears);
        Assert.Equal(ErrorCode.ReferenceValidityOutOfRange, Assert.Single((await service.SaveAsync(Admin, 2, first with { ValidityYears = 11 })).Errors).Code);
        Assert.Equal(ErrorCode.ReferenceValidityOutOfRange, Assert.Single((await service.SaveAsync(Admin, 2, first with { ValidityYears = null })).Errors).Code);

        await Registered.CreateAsync(test.Services, "applicant-1", "Сейтқали", "Нұрлан", new Consent(true)); // holds category 2
        Assert.Equal(ErrorCode.ReferenceInUse, Assert.Single((await service.SaveAsync(Admin, 2, first with { ValidityYears = 3 })).Errors).Code);
        // Renaming it is still allowed; a new category needs a scale.
        Assert.True((await service.SaveAsync(Admin, 2, first with { NameRu = "Первая квалификационная категория" })).Succeeded);
        Assert.Equal((ErrorCode.Required, "Scale"), Assert.Single((await service.SaveAsync(Admin, null, first with { NameKk = "Жаңа", NameRu = "Новая" })).Errors) is var e ? (e.Code, e.Field) : default);
        // "Without category" on the teachers' scale is a different row from the social workers' one of the same name.
        Assert.True((await service.SaveAsync(Admin, null, new ReferenceItemInput(ReferenceList.Categories, "Педагог-жаңашыл", "Педагог-новатор") { Scale = CategoryScale.Teacher, ValidityYears = 5 })).Succeeded);
    }

    [Fact]
    public async Task MovingSwapsNeighboursAndNumbersTheListAfresh()
    {
        await using var test = await TestDatabase.CreateAsync();
        var service = test.Get<ReferenceDataService>();
        Assert.True((await service.MoveAsync(Admin, ReferenceList.EducationLevels, 3, up: true)).Succeeded);
        Assert.True((await service.MoveAsync(Admin, ReferenceList.EducationLevels, 1, up: true)).Succeeded); // already first: nothing
        var order = (await test.Get<ReferenceDataProvider>().GetAsync()).EducationLevels.Select(l => (l.Id, l.SortOrder));
        Assert.Equal([(1, 1), (3, 2), (2, 3), (4, 4)], order);
    }

    [Fact]
    public async Task ACodeIsSetOnceAndARenameIsKeptAcrossARestart()
    {
        await using var test = await TestDatabase.CreateAsync();
        var service = test.Get<ReferenceDataService>();
        var renamed = new ReferenceItemInput(ReferenceList.DocumentKinds, "Жеке куәлік немесе төлқұжат", "Удостоверение личности или паспорт") { Code = "passport", Expires = true };
        Assert.True((await service.SaveAsync(Admin, 1, renamed)).Succeeded);
        // Requirements and holidays an administrator removed stay removed when the app starts again.
        Assert.True((await service.SaveAsync(Admin, 12, new ReferenceItemInput(ReferenceList.Professions, "Массажист", "Массажист") { Scale = CategoryScale.SocialWork, RequiredDocumentKindIds = [1] })).Succeeded);
        Assert.Equal(1, (await test.Get<CalendarService>().SetDayAsync(Admin, new DateOnly(2026, 12, 16), null, null)).Succeeded ? 1 : 0);

        await test.Get<DatabaseInitializer>().InitializeAsync();

        await using var db = test.NewContext();
        var kind = await db.DocumentKinds.SingleAsync(k => k.Id == 1);
        Assert.Equal(("identity", "Удостоверение личности или паспорт"), (kind.Code, kind.NameRu));
        Assert.Equal([1], await db.ProfessionDocumentRequirements.Where(r => r.ProfessionId == 12).Select(r => r.DocumentKindId).ToListAsync());
        Assert.False(await db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2026, 12, 16)));
        Assert.True(await db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public async Task ARetiredRowStaysOnADraftButCannotBeSubmittedNorChosenAfresh()
    {
        await using var test = await TestDatabase.CreateAsync();
        var service = test.Get<ReferenceDataService>();
        // The complete test application names region 18, profession 4, education level 3 and category 2.
        Assert.True((await service.SetActiveAsync(Admin, ReferenceList.Professions, 4, active: false)).Succeeded);
        Assert.True((await service.SetActiveAsync(Admin, ReferenceList.Categories, 2, active: false)).Succeeded);
        var catalog = await test.Get<ReferenceDataProvider>().GetAsync();

        var errors = ApplicationCompleteness.Evaluate(TestApplications.Complete(), catalog, TestApplications.Today).AllErrors.Select(e => e.Error).ToList();
        Assert.Contains(new RuleError(ErrorCode.ReferenceRetired, "ProfessionId"), errors);
        Assert.Contains(new RuleError(ErrorCode.ReferenceRetired, "Qualifications[0].CategoryId"), errors);
        // The form still shows the answer the draft holds, and offers nothing else retired.
        Assert.Contains(ReferenceCatalog.Offered(catalog.Professions, 4), p => p.Id == 4);
        Assert.DoesNotContain(ReferenceCatalog.Offered(catalog.Professions, 5), p => p.Id == 4);
    }

    [Fact]
    public async Task ADocumentKindSomeoneMustAttachCannotBeRetiredNorCanARetiredOneOrTheLicenceBeRequired()
    {
        await using var test = await TestDatabase.CreateAsync();
        var service = test.Get<ReferenceDataService>();
        // Identity (1) is required of every profession; the category certificate (4) is required by the rule itself.
        Assert.Equal(ErrorCode.ReferenceInUse, Assert.Single((await service.SetActiveAsync(Admin, ReferenceList.DocumentKinds, 1, active: false)).Errors).Code);
        Assert.Equal(ErrorCode.ReferenceInUse, Assert.Single((await service.SetActiveAsync(Admin, ReferenceList.DocumentKinds, 4, active: false)).Errors).Code);
        // Retraining (6) nobody requires: it may go, and then nobody may require it; nor the organisations' licence (7).
        Assert.True((await service.SetActiveAsync(Admin, ReferenceList.DocumentKinds, 6, active: false)).Succeeded);
        var massage = new ReferenceItemInput(ReferenceList.Professions, "Массажист", "Массажист") { Scale = CategoryScale.SocialWork, RequiredDocumentKindIds = [1, 6] };
        Assert.Equal(ErrorCode.DocumentKindUnknown, Assert.Single((await service.SaveAsync(Admin, 12, massage)).Errors).Code);
        Assert.Equal(ErrorCode.DocumentKindUnknown, Assert.Single((await service.SaveAsync(Admin, 12, massage with { RequiredDocumentKindIds = [1, 7] })).Errors).Code);
    }

    [Fact]
    public async Task InvisibleCharactersAreRefusedAndEveryChangedFieldIsAudited()
    {
        await using var test = await TestDatabase.CreateAsync();
        var service = test.Get<ReferenceDataService>();
        foreach (var name in new[] { "Жаңа\nоблыс", "Жаңа\u202Eоблыс", "Жаңа\u200Bоблыс" })
            Assert.Equal(ErrorCode.ReferenceNameCharacters, Assert.Single((await service.SaveAsync(Admin, null, Region("81", name, "Новая область"))).Errors).Code);

        var massage = new ReferenceItemInput(ReferenceList.Professions, "Массажист", "Массажист") { Scale = CategoryScale.Teacher, RequiredDocumentKindIds = [1, 2] };
        Assert.True((await service.SaveAsync(Admin, 12, massage)).Succeeded);
        await using var db = test.NewContext();
        Assert.Equal("Professions|12|Changed|scale=SocialWork>Teacher;documents=1,2,3,5>1,2|Массажист / Массажист",
            (await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.ChangedReferenceData)).Detail);
    }
}
