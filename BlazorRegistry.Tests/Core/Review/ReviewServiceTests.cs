using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Register;
using BlazorRegistry.Core.Review;
using BlazorRegistry.Core.Rules;
using BlazorRegistry.Tests.Core.Applications;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Tests.Core.Review;

public class ReviewServiceDecisions
{
    [Fact]
    public async Task RegisterCreatesTheRegisterEntryInTheSameCommit()
    {
        await using var test = await TestDatabase.CreateAsync();
        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(test);
        var review = test.Get<ReviewService>();
        Assert.True((await review.ClaimAsync(id, "admin-1")).Succeeded);
        var result = await review.RegisterAsync(id, "admin-1");
        Assert.True(result.Succeeded);

        await using var db = test.NewContext();
        var entry = await db.RegisterEntries.SingleAsync();
        Assert.Equal(result.Value!.ReferenceNumber, entry.Number);
        Assert.Equal(new DateOnly(2026, 3, 18), entry.IncludedOn);
        Assert.Equal("сейткали нурлан алиулы", entry.NameKey);
        Assert.True(entry.IsPublic);
        Assert.Equal([ApplicationEventKind.Submitted, ApplicationEventKind.Claimed, ApplicationEventKind.Registered],
            test.Events.Published.Select(e => e.Kind));
    }

    [Fact]
    public async Task ReturnNeedsReasonsAndCommentAndChangesNothingOtherwise()
    {
        await using var test = await TestDatabase.CreateAsync();
        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(test);
        var review = test.Get<ReviewService>();
        await review.ClaimAsync(id, "admin-1");

        Assert.Equal(ErrorCode.ReturnReasonRequired, Assert.Single((await review.ReturnForRevisionAsync(id, "admin-1", [], "x")).Errors).Code);
        Assert.Equal(ErrorCode.CommentRequired, Assert.Single((await review.ReturnForRevisionAsync(id, "admin-1", [ReturnReason.IncompleteOrExpiredDocuments], "")).Errors).Code);

        var ok = await review.ReturnForRevisionAsync(id, "admin-1", [ReturnReason.IncompleteOrExpiredDocuments], "Анықтама ескірген");
        Assert.True(ok.Succeeded);
        await using var db = test.NewContext();
        Assert.Equal(ApplicationStatus.Returned, (await db.Applications.SingleAsync()).Status);
    }

    [Fact]
    public async Task OfTwoAdministratorsDecidingAtOnceExactlyOneWins()
    {
        await using var test = await TestDatabase.CreateAsync();
        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(test);
        await using (var setup = test.NewContext())
        {
            // Both administrators' screens hold the same application: one claimed it, the other took over.
            var a = await setup.Applications.SingleAsync();
            a.Claim("admin-1", test.Time.GetUtcNow().UtcDateTime);
            await setup.SaveChangesAsync();
        }

        // Two contexts load the same row, as two circuits would, then both decide.
        await using var first = test.NewContext();
        await using var second = test.NewContext();
        var one = await first.Applications.SingleAsync(a => a.Id == id);
        var two = await second.Applications.SingleAsync(a => a.Id == id);
        one.Register("admin-1", test.Time.GetUtcNow().UtcDateTime);
        two.ReturnForRevision("admin-1", [ReturnReason.ProfessionMismatch], "x", test.Time.GetUtcNow().UtcDateTime);

        var results = await Task.WhenAll(TrySave(first), TrySave(second));
        Assert.Equal(1, results.Count(r => r));
        await using var check = test.NewContext();
        var final = await check.Applications.SingleAsync(a => a.Id == id);
        Assert.Single(final.History, h => h.Action is HistoryAction.Registered or HistoryAction.ReturnedForRevision);

        static async Task<bool> TrySave(DbContext db)
        {
            try { await db.SaveChangesAsync(); return true; }
            catch (DbUpdateConcurrencyException) { return false; }
        }
    }

    [Fact]
    public async Task TheServiceToldTheLoserInPlainCodes()
    {
        await using var test = await TestDatabase.CreateAsync();
        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(test);
        var review = test.Get<ReviewService>();
        await review.ClaimAsync(id, "admin-1");
        Assert.True((await review.RefuseAsync(id, "admin-1", RefusalReason.EmigratedPermanently, "Кетті")).Succeeded);
        var late = await review.RegisterAsync(id, "admin-1");
        Assert.Equal(ErrorCode.IllegalStatusMove, Assert.Single(late.Errors).Code);
        var other = await review.ClaimAsync(id, "admin-2");
        Assert.Equal(ErrorCode.IllegalStatusMove, Assert.Single(other.Errors).Code);
    }

    [Fact]
    public async Task AnotherAdministratorCannotDecideAHeldApplication()
    {
        await using var test = await TestDatabase.CreateAsync();
        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(test);
        var review = test.Get<ReviewService>();
        await review.ClaimAsync(id, "admin-1");
        Assert.Equal(ErrorCode.NotTheHolder, Assert.Single((await review.RegisterAsync(id, "admin-2")).Errors).Code);
        Assert.Equal(ErrorCode.NotTheHolder, Assert.Single((await review.ClaimAsync(id, "admin-2")).Errors).Code);
        Assert.True((await review.ClaimAsync(id, "admin-2", takeOver: true)).Succeeded);
    }
}
