using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Review;
using BlazorRegistry.Core.Rules;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Tests.Core.Review;

/// <summary>One person, one register entry: the IIN ties a second account's application to the first.</summary>
public class OneEntryPerIin
{
    private static readonly DateOnly Today = new(2026, 3, 18);
    private const string SharedIin = "900515300018"; // born 15 May 1990, as TestApplications' applicant

    /// <summary>A submitted application of <paramref name="applicantId"/> whose IIN is <paramref name="iin"/>.</summary>
    internal static async Task<int> SubmittedWithIinAsync(TestDatabase test, string applicantId, string surname, string iin)
    {
        var service = test.Get<ApplicationService>();
        var draft = await service.GetOrStartDraftAsync(applicantId);
        await using (var db = test.NewContext())
        {
            var a = await db.Applications.SingleAsync(x => x.Id == draft.Id);
            TestApplications.Fill(a, surname);
            a.UpdatePersonalData(a.Personal with { Iin = iin }, TestApplications.NowUtc);
            await db.SaveChangesAsync();
            draft = a;
        }
        var submitted = await service.SubmitAsync(draft.Id, applicantId, draft.Version);
        Assert.True(submitted.Succeeded, string.Join(", ", submitted.Errors));
        return draft.Id;
    }

    [Fact]
    public async Task ASecondAccountWithTheSameIinCannotBeRegistered()
    {
        await using var test = await TestDatabase.CreateAsync();
        var first = await SubmittedWithIinAsync(test, "phone-1", "Сейтқали", SharedIin);
        var second = await SubmittedWithIinAsync(test, "phone-2", "Сейтқали", SharedIin);
        var review = test.Get<ReviewService>();
        await review.ClaimAsync(first, "admin-1");
        Assert.True((await review.RegisterAsync(first, "admin-1")).Succeeded);

        await review.ClaimAsync(second, "admin-1");
        var refused = await review.RegisterAsync(second, "admin-1");
        Assert.Equal(ErrorCode.IinAlreadyInRegister, Assert.Single(refused.Errors).Code);

        await using var db = test.NewContext();
        var entry = await db.RegisterEntries.SingleAsync();
        Assert.Equal(("phone-1", SharedIin, (Sex?)Sex.Male), (entry.ApplicantId, entry.Iin, entry.Sex));
        Assert.Equal(ApplicationStatus.InReview, (await db.Applications.SingleAsync(a => a.Id == second)).Status);
    }

    [Fact]
    public async Task AnExcludedEntryFreesItsIinForAnotherAccount()
    {
        // Registered by mistake on someone else's IIN, then excluded (X7): the real person is not blocked.
        await using var test = await TestDatabase.CreateAsync();
        var wrong = await SubmittedWithIinAsync(test, "impostor", "Бөтенов", SharedIin);
        var review = test.Get<ReviewService>();
        await review.ClaimAsync(wrong, "admin-1");
        var number = (await review.RegisterAsync(wrong, "admin-1")).Value!.ReferenceNumber!;
        var real = await SubmittedWithIinAsync(test, "real-person", "Сейтқали", SharedIin);
        await review.ClaimAsync(real, "admin-1");
        Assert.Equal(ErrorCode.IinAlreadyInRegister, (await review.RegisterAsync(real, "admin-1")).Errors.Single().Code);

        var today = BlazorRegistry.Core.Calendar.KazakhstanTime.Today(test.Time);
        Assert.True((await test.Get<BlazorRegistry.Core.Register.EntryService>().ExcludeAsync(number, new BlazorRegistry.Core.Audit.AuditActor("admin-1", null),
            BlazorRegistry.Core.Register.ExclusionReason.FalseInformation, today, "Басқа адамның ЖСН-і")).Succeeded);
        Assert.True((await review.RegisterAsync(real, "admin-1")).Succeeded);

        // The excluded entry keeps its IIN for the record; only entries in the register count.
        await using var db = test.NewContext();
        Assert.Equal(2, await db.RegisterEntries.CountAsync(e => e.Iin == SharedIin));
    }

    [Fact]
    public async Task TheDatabaseRefusesASecondEntryEvenIfTheCheckIsBypassed()
    {
        await using var test = await TestDatabase.CreateAsync();
        var first = await SubmittedWithIinAsync(test, "phone-1", "Сейтқали", SharedIin);
        var second = await SubmittedWithIinAsync(test, "phone-2", "Сейтқали", SharedIin);
        var now = test.Time.GetUtcNow().UtcDateTime;
        await using var db = test.NewContext();
        foreach (var a in await db.Applications.Where(a => a.Id == first || a.Id == second).ToListAsync())
        {
            a.Claim("admin-1", now);
            db.RegisterEntries.Add(BlazorRegistry.Core.Register.RegisterEntry.Include(a, a.Register("admin-1", now), now));
        }
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task TheSamePersonsAmendmentKeepsTheirIinWithoutAWarning()
    {
        await using var test = await TestDatabase.CreateAsync();
        var first = await SubmittedWithIinAsync(test, "phone-1", "Сейтқали", SharedIin);
        var review = test.Get<ReviewService>();
        await review.ClaimAsync(first, "admin-1");
        await review.RegisterAsync(first, "admin-1");
        await using var db = test.NewContext();
        var registered = await db.Applications.SingleAsync(a => a.Id == first);
        Assert.Empty(await review.SameIinAsync(registered));
        var page = await test.Get<ReviewQueue>().SearchAsync(new BoardQuery(State: BoardState.DecidedRecently), "admin-1", Today);
        Assert.False(Assert.Single(page.Rows).SharesIin);
    }

    [Fact]
    public async Task TheBoardAndTheReviewPageShowWhoElseHasTheIin()
    {
        await using var test = await TestDatabase.CreateAsync();
        var registered = await SubmittedWithIinAsync(test, "phone-1", "Сейтқали", SharedIin);
        var review = test.Get<ReviewService>();
        await review.ClaimAsync(registered, "admin-1");
        var number = (await review.RegisterAsync(registered, "admin-1")).Value!.ReferenceNumber;
        var second = await SubmittedWithIinAsync(test, "phone-2", "Сейтқалиев", SharedIin);
        var stranger = await SubmittedWithIinAsync(test, "phone-3", "Омаров", TestIins.Next(new DateOnly(1990, 5, 15)));
        // A draft with the IIN is nobody's claim yet: not a match.
        await using (var db = test.NewContext())
        {
            var draft = Application.StartDraft("phone-4", test.Time.GetUtcNow().UtcDateTime);
            draft.UpdatePersonalData(new PersonalData("Бөтен", "Адам", null, new DateOnly(1990, 5, 15), SharedIin), test.Time.GetUtcNow().UtcDateTime);
            db.Applications.Add(draft);
            await db.SaveChangesAsync();
        }

        var board = await test.Get<ReviewQueue>().SearchAsync(new BoardQuery(), "admin-1", Today);
        Assert.Equal([(second, true), (stranger, false)], board.Rows.Select(r => (r.Id, r.SharesIin)).OrderBy(r => r.Id));

        await using var read = test.NewContext();
        var match = Assert.Single(await review.SameIinAsync(await read.Applications.SingleAsync(a => a.Id == second)));
        Assert.Equal((registered, number, ApplicationStatus.Registered, number), (match.ApplicationId, match.ReferenceNumber, match.Status, match.EntryNumber));
        // And the other way round: the registered person's application points at the newcomer.
        var back = Assert.Single(await review.SameIinAsync(await read.Applications.SingleAsync(a => a.Id == registered)));
        Assert.Equal((second, (string?)null), (back.ApplicationId, back.EntryNumber));

        // Staff can search the board by IIN.
        var found = await test.Get<ReviewQueue>().SearchAsync(new BoardQuery(Search: SharedIin), "admin-1", Today);
        Assert.Equal([second], found.Rows.Select(r => r.Id));
    }
}
