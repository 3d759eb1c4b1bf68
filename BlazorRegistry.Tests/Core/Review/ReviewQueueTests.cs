using BlazorRegistry.Core.Audit;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Review;
using BlazorRegistry.Tests.Core.Applications;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Tests.Core.Review;

public class ReviewQueueSearch
{
    private static readonly DateOnly Today = new(2026, 3, 18);

    private static async Task<(TestDatabase Test, int[] Ids)> SeedAsync()
    {
        var test = await TestDatabase.CreateAsync();
        var ids = new[]
        {
            await ApplicationServiceDrafts.SeedSubmittedAsync(test, "a1", "Сейтқали", "Нұрлан"),
            await ApplicationServiceDrafts.SeedSubmittedAsync(test, "a2", "Иванова", "Анна"),
            await ApplicationServiceDrafts.SeedSubmittedAsync(test, "a3", "Омаров", "Ерлан"),
        };
        return (test, ids);
    }

    [Fact]
    public async Task GroupsByStateAndCountsEachState()
    {
        var (test, ids) = await SeedAsync();
        await using var _ = test;
        var review = test.Get<ReviewService>();
        await review.ClaimAsync(ids[1], "admin-1");
        await review.ClaimAsync(ids[2], "admin-2");
        await review.RegisterAsync(ids[2], "admin-2");

        var page = await test.Get<ReviewQueue>().SearchAsync(new BoardQuery(), "admin-1", Today);
        Assert.Equal([ids[0]], page.Rows.Select(r => r.Id));
        Assert.Equal((1, 1, 0, 1), (page.Counts[BoardState.New], page.Counts[BoardState.InReview], page.Counts[BoardState.Returned], page.Counts[BoardState.DecidedRecently]));
        var mine = await test.Get<ReviewQueue>().SearchAsync(new BoardQuery(State: BoardState.InReview, MineOnly: true), "admin-1", Today);
        Assert.Equal("admin-1", Assert.Single(mine.Rows).HolderId);
        Assert.Empty((await test.Get<ReviewQueue>().SearchAsync(new BoardQuery(State: BoardState.InReview, MineOnly: true), "admin-3", Today)).Rows);
    }

    [Fact]
    public async Task BoardsAskingTheSameQuestionAfterTheSameEventsShareOneAnswer()
    {
        var (test, _) = await SeedAsync();
        await using var __ = test;
        var queue = test.Get<ReviewQueue>();
        var first = await queue.SearchAsync(new BoardQuery(), "admin-1", Today);
        // Asked once the first board's answer is in, as boards on a busy core do: that answer, not a second query.
        Assert.Same(first, await queue.SearchAsync(new BoardQuery(), "admin-2", Today));
        Assert.NotSame(first, await queue.SearchAsync(new BoardQuery(PageSize: 50), "admin-1", Today));
        Assert.NotSame(first, await queue.SearchAsync(new BoardQuery(), "admin-1", Today.AddDays(1)));
        var mine = await queue.SearchAsync(new BoardQuery(MineOnly: true), "admin-1", Today);
        Assert.NotSame(mine, await queue.SearchAsync(new BoardQuery(MineOnly: true), "admin-2", Today)); // "mine" depends on who asks
        Assert.Same(mine, await queue.SearchAsync(new BoardQuery(MineOnly: true), "admin-1", Today));
        // And asked at once, while the query runs.
        var one = queue.SearchAsync(new BoardQuery(State: BoardState.InReview), "admin-1", Today);
        var other = queue.SearchAsync(new BoardQuery(State: BoardState.InReview), "admin-2", Today);
        Assert.Same(await one, await other);
    }

    [Fact]
    public async Task AnAnswerIsSharedForASecondAtMostAndTheOldOnesAreLetGo()
    {
        var (test, ids) = await SeedAsync();
        await using var __ = test;
        var queue = test.Get<ReviewQueue>();
        var first = await queue.SearchAsync(new BoardQuery(), "admin-1", Today);
        // A change that publishes no event, written straight to the database: within the second, the shared answer stands.
        var moved = new DateOnly(2026, 3, 30);
        await using (var db = test.NewContext())
            await db.Applications.Where(a => a.Id == ids[0]).ExecuteUpdateAsync(s => s.SetProperty(a => a.DecisionDeadline, moved));
        test.Time.Advance(ReviewQueue.AnswerShared);
        Assert.Same(first, await queue.SearchAsync(new BoardQuery(), "admin-2", Today));
        // Past it, the database is asked again and the change shows.
        test.Time.Advance(TimeSpan.FromMilliseconds(1));
        var later = await queue.SearchAsync(new BoardQuery(), "admin-2", Today);
        Assert.NotSame(first, later);
        Assert.Equal(moved, later.Rows.Single(r => r.Id == ids[0]).Deadline);

        // Answers to questions no board can ask again (older events, or answered too long ago) do not pile up.
        for (var i = 0; i < 5; i++)
        {
            await queue.SearchAsync(new BoardQuery(PageSize: 10 + i), "admin-1", Today);
            await test.Events.PublishAsync(new ApplicationEvent(ids[1], null, ApplicationEventKind.Claimed, ApplicationStatus.InReview, "admin-1", test.Time.GetUtcNow().UtcDateTime));
        }
        Assert.Equal(1, queue.AnswersKept);
        test.Time.Advance(ReviewQueue.AnswerShared * 2);
        await queue.SearchAsync(new BoardQuery(Search: "нурлан"), "admin-1", Today);
        Assert.Equal(1, queue.AnswersKept);
    }

    [Fact]
    public async Task AFailedAnswerIsNeverGivenToTheNextBoard()
    {
        var (test, ids) = await SeedAsync();
        await using var __ = test;
        var queue = test.Get<ReviewQueue>();
        // The applications' table gone for a moment (as if the database failed): the board asking then fails.
        async Task RenameAsync(string sql)
        {
            await using var db = test.NewContext();
            await db.Database.ExecuteSqlRawAsync(sql);
        }
        await RenameAsync("ALTER TABLE \"Applications\" RENAME TO \"ApplicationsAway\"");
        await Assert.ThrowsAnyAsync<Exception>(() => queue.SearchAsync(new BoardQuery(), "admin-1", Today));
        await RenameAsync("ALTER TABLE \"ApplicationsAway\" RENAME TO \"Applications\"");
        // Within the same second, the next board asking the same question asks the database again, not the failure.
        Assert.Equal(ids.Order(), (await queue.SearchAsync(new BoardQuery(), "admin-2", Today)).Rows.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task AQuestionAskedAfterAnEventNeverJoinsAnEarlierOne()
    {
        var (test, _) = await SeedAsync();
        await using var __ = test;
        var queue = test.Get<ReviewQueue>();
        var before = queue.SearchAsync(new BoardQuery(), "admin-1", Today);
        // The submission commits, then its event goes out; a board hearing of it asks again.
        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(test, "a4", "Жаңаев", "Бек");
        var after = await queue.SearchAsync(new BoardQuery(), "admin-1", Today);
        Assert.NotSame(await before, after);
        Assert.Contains(id, after.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task FindsByFoldedNameOrReferenceNumber()
    {
        var (test, ids) = await SeedAsync();
        await using var _ = test;
        var queue = test.Get<ReviewQueue>();
        Assert.Equal(ids[0], Assert.Single((await queue.SearchAsync(new BoardQuery(Search: "нурлан"), "x", Today)).Rows).Id);
        Assert.Equal(ids[0], Assert.Single((await queue.SearchAsync(new BoardQuery(Search: "Nurlan Seitkali"), "x", Today)).Rows).Id); // Latin spelling
        Assert.Equal(ids[1], Assert.Single((await queue.SearchAsync(new BoardQuery(Search: $"rs-2026-{ids[1]:D6}"), "x", Today)).Rows).Id);
        Assert.Empty((await queue.SearchAsync(new BoardQuery(Search: "%"), "x", Today)).Rows);
    }

    [Fact]
    public async Task TheNameIndexFindsPartsOfNamesAndShortWordsAndFollowsAChangedName()
    {
        var (test, ids) = await SeedAsync();
        await using var _ = test;
        var queue = test.Get<ReviewQueue>();
        async Task<int[]> Found(string search) => (await queue.SearchAsync(new BoardQuery(Search: search), "x", Today)).Rows.Select(r => r.Id).Order().ToArray();

        Assert.Equal([ids[0]], await Found("урла"));            // inside a word (the trigram index)
        Assert.Equal([ids[0], ids[2]], await Found("лан"));     // Нұрлан, Ерлан
        Assert.Equal([ids[1]], await Found("ан ив"));           // words of two letters: a scan, same meaning
        Assert.Equal([ids[0]], await Found("eitk"));            // part of a Latin spelling
        Assert.Equal(ids.Order().ToArray(), await Found("RS-2026-"));
        Assert.Empty(await Found("ну:р* OR \""));               // the index's query language is not the visitor's
        Assert.Equal([ids[0]], await Found("нур\0лан\u0001"));  // control characters are no part of a name (a NUL ended the index's query)
        Assert.Equal([ids[0]], await Found("«Нұрлан»"));       // quotation marks are no part of a name
        Assert.Equal([ids[0]], await Found("нур\"лан"));       // nor can one end the index's phrase early
        Assert.NotEmpty(await Found("ур"));
        Assert.Equal(await Found("ур"), await Found("ур\""));  // two letters and a quote: a scan, as for two letters (the index found nothing)

        // A name corrected after a return, and resubmitted: the index follows in the same write.
        var review = test.Get<ReviewService>();
        await review.ClaimAsync(ids[0], "admin-1");
        Assert.True((await review.ReturnForRevisionAsync(ids[0], "admin-1", [ReturnReason.IncompleteOrExpiredDocuments], "Атын тексеріңіз")).Succeeded);
        Guid version;
        await using (var db = test.NewContext())
        {
            var a = await db.Applications.SingleAsync(x => x.Id == ids[0]);
            TestApplications.Fill(a, "Бекова", "Гүлнар");
            await db.SaveChangesAsync();
            version = a.Version;
        }
        Assert.True((await test.Get<ApplicationService>().SubmitAsync(ids[0], "a1", version)).Succeeded);
        Assert.Empty(await Found("нурлан"));
        Assert.Equal([ids[0]], await Found("гулнар бек"));
    }

    [Fact]
    public async Task OverdueOnlyKeepsApplicationsPastTheirDeadline()
    {
        var (test, _) = await SeedAsync();
        await using var __ = test;
        var queue = test.Get<ReviewQueue>();
        Assert.Empty((await queue.SearchAsync(new BoardQuery(OverdueOnly: true), "x", Today)).Rows);
        // The term of applications received on 18 March 2026 ends on 30 March; on 31 March they are overdue.
        Assert.Equal(3, (await queue.SearchAsync(new BoardQuery(OverdueOnly: true), "x", new DateOnly(2026, 3, 31))).Total);
        Assert.Empty((await queue.SearchAsync(new BoardQuery(OverdueOnly: true), "x", new DateOnly(2026, 3, 30))).Rows);
    }

    [Fact]
    public async Task FiltersByRegionAndProfessionAndPages()
    {
        await using var test = await TestDatabase.CreateAsync();
        for (var i = 0; i < 30; i++)
            await ApplicationServiceDrafts.SeedSubmittedAsync(test, $"a{i}", "Сейтқали", "Нұрлан");
        var queue = test.Get<ReviewQueue>();
        var second = await queue.SearchAsync(new BoardQuery(RegionId: 18, ProfessionId: 4, Page: 2), "x", Today);
        Assert.Equal((30, 5, 2), (second.Total, second.Rows.Count, second.PageCount));
        Assert.Equal(0, (await queue.SearchAsync(new BoardQuery(RegionId: 1), "x", Today)).Total);
        Assert.Equal(0, (await queue.SearchAsync(new BoardQuery(ProfessionId: 7), "x", Today)).Total);
    }

    [Fact]
    public async Task DraftsNeverReachTheBoard()
    {
        await using var test = await TestDatabase.CreateAsync();
        await ApplicationServiceDrafts.SeedCompleteDraftAsync(test);
        var page = await test.Get<ReviewQueue>().SearchAsync(new BoardQuery(), "x", Today);
        Assert.All(page.Counts.Values, c => Assert.Equal(0, c));
    }
}

public class ReviewServiceAudit
{
    [Fact]
    public async Task OpeningAnApplicationIsRecordedWithoutChangingIt()
    {
        await using var test = await TestDatabase.CreateAsync();
        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(test);
        var review = test.Get<ReviewService>();
        var before = (await review.ReloadAsync(id))!.Version;

        await review.OpenAsync(id, new AuditActor("observer-1", "10.0.0.7"));
        await review.OpenAsync(id, new AuditActor("admin-1", null));

        var audit = await test.Get<AuditLog>().OfApplicationAsync(id);
        Assert.Equal(["observer-1", "admin-1"], audit.Select(a => a.ActorId));
        Assert.Equal(["10.0.0.7", null], audit.Select(a => a.Address));
        Assert.All(audit, a => Assert.Equal(AuditAction.OpenedPersonalData, a.Action));
        Assert.Equal(before, (await review.ReloadAsync(id))!.Version);
    }

    [Fact]
    public async Task StaffCannotOpenADraft()
    {
        await using var test = await TestDatabase.CreateAsync();
        var (_, id) = await ApplicationServiceDrafts.SeedCompleteDraftAsync(test);
        Assert.Null(await test.Get<ReviewService>().OpenAsync(id, new AuditActor("admin-1", null)));
    }

    [Fact]
    public async Task AResubmissionMarksTheSectionsTheApplicantChanged()
    {
        await using var test = await TestDatabase.CreateAsync();
        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(test);
        var review = test.Get<ReviewService>();
        await review.ClaimAsync(id, "admin-1");
        await review.ReturnForRevisionAsync(id, "admin-1", [ReturnReason.EmploymentMismatch], "Штаттық лауазымы сәйкес емес");

        var service = test.Get<ApplicationService>();
        var returned = (await service.LoadOwnAsync(id, "applicant-1"))!;
        var fixedJobs = returned.Employment.Select(e => e with { StaffPosition = "Әлеуметтік жұмыс жөніндегі маман (штат)" }).ToList();
        var saved = await service.SaveEmploymentAsync(id, "applicant-1", returned.Version, fixedJobs);
        await service.SubmitAsync(id, "applicant-1", saved.Value!.Version);

        var resubmitted = (await review.ReloadAsync(id))!;
        Assert.Equal([ApplicationSection.Employment], resubmitted.ChangedSinceLastSubmission);
    }
}
