using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Register;
using BlazorRegistry.Core.Review;
using BlazorRegistry.Tests.Core.Applications;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Tests.Core.Events;

/// <summary>
/// Whether staff did what an event says (<see cref="ApplicationEventKinds.IsStaffAction"/>) agrees with who the services
/// record as its actor: the live board names a colleague who acted, and never looks up or shows an applicant's sign-in.
/// </summary>
public class EventActors
{
    [Fact]
    public async Task AnEventIsAStaffActionExactlyWhenAnAdministratorDidIt()
    {
        await using var test = await TestDatabase.CreateAsync();
        const string applicant = "a1", administrator = "admin-1";
        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(test, applicant);
        var review = test.Get<ReviewService>();
        var applications = test.Get<ApplicationService>();
        Assert.True((await review.ClaimAsync(id, administrator)).Succeeded);
        Assert.True((await review.ReleaseAsync(id, administrator)).Succeeded);
        Assert.True((await review.ClaimAsync(id, administrator)).Succeeded);
        Assert.True((await review.ReturnForRevisionAsync(id, administrator, [ReturnReason.IncompleteOrExpiredDocuments], "Диплом")).Succeeded);
        var returned = await applications.LoadOwnAsync(id, applicant);
        Assert.True((await applications.SubmitAsync(id, applicant, returned!.Version)).Succeeded);
        Assert.True((await review.ClaimAsync(id, administrator)).Succeeded);
        var registered = await review.RegisterAsync(id, administrator);
        var entries = test.Get<EntryService>();
        Assert.True((await entries.RequestExclusionAsync(applicant)).Succeeded);
        Assert.True((await entries.ExcludeAsync(registered.Value!.ReferenceNumber!, new(administrator, null), ExclusionReason.Death,
            KazakhstanTime.Today(test.Time), "Анықтама")).Succeeded);

        await using var db = test.NewContext();
        var outbox = await db.Outbox.OrderBy(m => m.Id).ToListAsync();
        Assert.Equal([ApplicationEventKind.Submitted, ApplicationEventKind.Claimed, ApplicationEventKind.Released, ApplicationEventKind.Claimed,
            ApplicationEventKind.ReturnedForRevision, ApplicationEventKind.Resubmitted, ApplicationEventKind.Claimed, ApplicationEventKind.Registered,
            ApplicationEventKind.EntryExclusionRequested, ApplicationEventKind.EntryExcluded], outbox.Select(m => m.Kind));
        Assert.All(outbox, m => Assert.Equal(m.ActorId == administrator, m.Kind.IsStaffAction()));
    }
}
