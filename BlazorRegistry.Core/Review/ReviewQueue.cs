using System.Collections.Concurrent;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Review;

/// <summary>The board's columns: what waits, what is being reviewed, what is with the applicant, what was decided.</summary>
public enum BoardState
{
    New,
    InReview,
    Returned,
    DecidedRecently,
}

public sealed record BoardQuery(
    BoardState State = BoardState.New,
    int? RegionId = null,
    int? ProfessionId = null,
    bool OverdueOnly = false,
    bool MineOnly = false,
    string? Search = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    bool CategoryLapsingOnly = false,
    bool ExclusionRequestedOnly = false,
    int? OrganisationId = null)
{
    /// <summary>How far back "decided recently" reaches.</summary>
    public static readonly TimeSpan RecentDecisions = TimeSpan.FromDays(30);
}

public sealed record BoardRow(
    int Id,
    string? ReferenceNumber,
    string? Surname,
    string? GivenName,
    string? Patronymic,
    int? ProfessionId,
    int? RegionId,
    DateTime? FirstSubmittedAtUtc,
    DateTime? LastSubmittedAtUtc,
    DateOnly? Deadline,
    string? HolderId,
    ApplicationStatus Status,
    DateTime? DecidedAtUtc,
    int SubmissionCount,
    ApplicationKind Kind = ApplicationKind.Inclusion,
    bool SharesIin = false,
    int? OrganisationId = null)
{
    public string FullName => PersonName.Full(Surname, GivenName, Patronymic);
}

public sealed record BoardPage(IReadOnlyList<BoardRow> Rows, int Total, IReadOnlyDictionary<BoardState, int> Counts, int Page, int PageSize)
{
    public int PageCount => Paging.PageCount(Total, PageSize);
}

/// <summary>The review board's query: filtered, sorted by deadline, paged in SQL so 10,000 open applications stay fast.</summary>
public sealed class ReviewQueue(IDbContextFactory<RegistryDbContext> factory, RegistryDatabase database, TimeProvider time, IApplicationEvents events)
{
    // Every open board re-runs its query on every event, all at the same moment: boards asking the same
    // question share one round trip to the database instead of twenty (issue #8: live board latency).
    private readonly ConcurrentDictionary<SharedSearch, SharedAnswer> _answers = new();

    /// <summary>
    /// How long a finished answer is still given to the boards asking the same question after the same events. The
    /// boards an event wakes do not all ask while the first one's query runs: on a busy core each asks when its turn
    /// comes, and an answer shared only while it ran was asked for again by nearly every board, one after another
    /// (twenty queries an event instead of one, most of the live board's server time; issue #21). What changes without
    /// an event (the "decided recently" tab's 30 days moving with the clock) shows at most this much later.
    /// </summary>
    public static readonly TimeSpan AnswerShared = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A question and how much it must know: an answer is shared only if its query started after the same number of
    /// published events, so it already sees every change the asker has heard of.
    /// </summary>
    private sealed record SharedSearch(BoardQuery Query, string? ViewerId, DateOnly Today, long EventsPublished);

    public Task<BoardPage> SearchAsync(BoardQuery q, string viewerId, DateOnly today, CancellationToken ct = default)
    {
        // Only "mine" depends on who asks.
        var key = new SharedSearch(q, q.MineOnly ? viewerId : null, today, events.PublishedCount);
        while (true)
        {
            var answer = _answers.GetOrAdd(key, k => new SharedAnswer(() => RunSharedAsync(k), time));
            if (!answer.IsOld())
                // One asker leaving (a closed board) does not cancel the answer the others wait for.
                return answer.Task.WaitAsync(ct);
            _answers.TryRemove(KeyValuePair.Create(key, answer));
        }
    }

    /// <summary>How many answers are kept (a test's view: they never pile up).</summary>
    internal int AnswersKept => _answers.Count;

    private Task<BoardPage> RunSharedAsync(SharedSearch key) =>
        // On the thread pool: the first asker is often the event's publisher, on the request of the person who acted, or
        // one board's circuit, whose other work would wait behind the query everyone shares.
        Task.Run(() =>
        {
            // An answer no later asker can be given (older events, or finished too long ago) is dropped as the next begins.
            foreach (var (other, answer) in _answers)
                if (other.EventsPublished < key.EventsPublished || answer.IsOld())
                    _answers.TryRemove(KeyValuePair.Create(other, answer));
            return QueryAsync(key.Query, key.ViewerId ?? "", key.Today, CancellationToken.None);
        });

    /// <summary>One question's query, started by its first asker only, and when it finished.</summary>
    private sealed class SharedAnswer
    {
        private readonly Func<Task<BoardPage>> _run;
        private readonly TimeProvider _time;
        // Lazy: of two answers made for one question at once, only the one the table keeps ever runs.
        private readonly Lazy<Task<BoardPage>> _task;
        // A timestamp, not the wall clock: a clock set back would keep an answer for as long.
        private long _finishedAt = -1;

        public SharedAnswer(Func<Task<BoardPage>> run, TimeProvider time)
        {
            _run = run;
            _time = time;
            _task = new Lazy<Task<BoardPage>>(RunAsync);
        }

        public Task<BoardPage> Task => _task.Value;

        /// <summary>Finished longer ago than <see cref="AnswerShared"/>, or failed: the next asker asks the database again.</summary>
        public bool IsOld() => Interlocked.Read(ref _finishedAt) is >= 0 and var finished && _time.GetElapsedTime(finished) > AnswerShared
            || _task.IsValueCreated && _task.Value is { IsFaulted: true } or { IsCanceled: true };

        private async Task<BoardPage> RunAsync()
        {
            try
            {
                return await _run();
            }
            finally
            {
                Interlocked.Exchange(ref _finishedAt, _time.GetTimestamp());
            }
        }
    }

    private async Task<BoardPage> QueryAsync(BoardQuery q, string viewerId, DateOnly today, CancellationToken ct)
    {
        var pageSize = Paging.Normalize(q.PageSize);
        var page = Math.Max(1, q.Page);
        var since = time.GetUtcNow().UtcDateTime - BoardQuery.RecentDecisions;
        await using var db = await factory.CreateDbContextAsync(ct);
        // One connection for the board's four or five statements, not one opened for each.
        await db.Database.OpenConnectionAsync(ct);

        var filtered = await FilterAsync(db, db.Applications.AsNoTracking(), q, viewerId, today, ct);
        // Two statements for the four tab counts, not four: every open board re-runs this on every event.
        var byStatus = await filtered
            .Where(a => a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.InReview || a.Status == ApplicationStatus.Returned)
            .GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var counts = new Dictionary<BoardState, int>
        {
            [BoardState.New] = byStatus.GetValueOrDefault(ApplicationStatus.Submitted),
            [BoardState.InReview] = byStatus.GetValueOrDefault(ApplicationStatus.InReview),
            [BoardState.Returned] = byStatus.GetValueOrDefault(ApplicationStatus.Returned),
            [BoardState.DecidedRecently] = await InState(filtered, BoardState.DecidedRecently, since).CountAsync(ct),
        };

        IQueryable<Application> rows;
        int total;
        if (q.ExclusionRequestedOnly)
        {
            // Specialists who asked to leave the register and wait for an administrator to confirm it, oldest first.
            var requested = db.RegisterEntries.Where(e => e.ExclusionRequestedAtUtc != null && e.State != Register.EntryState.Excluded);
            var asking = filtered.Where(a => requested.Any(e => e.ApplicationId == a.Id));
            total = await asking.CountAsync(ct);
            var waiting = await asking
                .OrderBy(a => requested.Where(e => e.ApplicationId == a.Id).Select(e => e.ExclusionRequestedAtUtc).FirstOrDefault())
                .Skip((page - 1) * pageSize).Take(pageSize).Select(RowOf(db)).ToListAsync(ct);
            return new BoardPage(waiting, total, counts, page, pageSize);
        }
        if (q.CategoryLapsingOnly)
        {
            // Registered specialists whose current category lapses within 90 days, soonest first (any tab).
            var lapsing = await LapsingAsync(db, today, ct);
            var ids = lapsing.Keys.ToList();
            // One parameter however many lapse (Entity Framework 10 would send one per id; SQLite takes at most 32,766).
            var registered = await filtered.Where(a => EF.Parameter(ids).Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
            total = registered.Count;
            var pageIds = registered.OrderBy(id => lapsing[id]).Skip((page - 1) * pageSize).Take(pageSize).ToList();
            var found = await filtered.Where(a => pageIds.Contains(a.Id)).Select(RowOf(db)).ToListAsync(ct);
            return new BoardPage(found.OrderBy(r => lapsing[r.Id]).ToList(), total, counts, page, pageSize);
        }
        rows = InState(filtered, q.State, since);
        total = counts[q.State];
        var sorted = q.State == BoardState.DecidedRecently
            ? rows.OrderByDescending(a => a.DecidedAtUtc)
            : rows.OrderBy(a => a.DecisionDeadline).ThenBy(a => a.FirstSubmittedAtUtc);
        // The page's ids first, then their rows: asked at once, SQLite worked out every matching row's columns (and its
        // two IIN checks) before sorting them, 55 ms for a common surname on the "decided recently" tab (issue #21).
        var onPage = await sorted.Skip((page - 1) * pageSize).Take(pageSize).Select(a => a.Id).ToListAsync(ct);
        var rowsById = await db.Applications.AsNoTracking().Where(a => onPage.Contains(a.Id)).Select(RowOf(db)).ToDictionaryAsync(r => r.Id, ct);
        // An application gone between the two reads (its account deleted) is left out, not a failed board.
        return new BoardPage(onPage.Where(rowsById.ContainsKey).Select(id => rowsById[id]).ToList(), total, counts, page, pageSize);
    }

    // SharesIin: another person's account applied, or is on the register, with the same IIN (one person, two
    // accounts; or a typing mistake). Two index seeks per row of the page: the register's side names the conditions of
    // its partial unique index (IIN present, entry not excluded), or SQLite cannot use it and reads every entry for every
    // row (49 s for one search of the "decided recently" tab on the 100,000-entry demo, issue #21).
    private static System.Linq.Expressions.Expression<Func<Application, BoardRow>> RowOf(RegistryDbContext db) => a => new BoardRow(a.Id, a.ReferenceNumber,
        a.Personal.Surname, a.Personal.GivenName, a.Personal.Patronymic, a.Profession.ProfessionId, a.Address.RegionId, a.FirstSubmittedAtUtc,
        a.LastSubmittedAtUtc, a.DecisionDeadline, a.HolderId, a.Status, a.DecidedAtUtc, a.SubmissionCount, a.Kind,
        a.Iin != null && (db.Applications.Any(o => o.Iin == a.Iin && o.ApplicantId != a.ApplicantId && o.Status != ApplicationStatus.Draft)
                          || db.RegisterEntries.Any(e => e.Iin != null && e.State != Register.EntryState.Excluded && e.Iin == a.Iin
                              && e.ApplicantId != a.ApplicantId)),
        a.OrganisationId);

    /// <summary>The applications held by entries whose current category lapses from today to 90 days on, with the lapse day.</summary>
    private static async Task<Dictionary<int, DateOnly>> LapsingAsync(RegistryDbContext db, DateOnly today, CancellationToken ct)
    {
        var lapsing = new Dictionary<int, DateOnly>();
        foreach (var category in await db.QualificationCategories.AsNoTracking().Where(c => c.ValidityYears != null).ToListAsync(ct))
            foreach (var e in await Register.CategoryReminders.LapsingBetween(db.RegisterEntries.AsNoTracking(), category, today, today.AddDays(90))
                         .Select(e => new { e.ApplicationId, e.CurrentCategoryAssignedOn }).ToListAsync(ct))
                lapsing[e.ApplicationId] = category.LapsesOn(e.CurrentCategoryAssignedOn)!.Value;
        return lapsing;
    }

    private static IQueryable<Application> InState(IQueryable<Application> apps, BoardState state, DateTime since) => state switch
    {
        BoardState.New => apps.Where(a => a.Status == ApplicationStatus.Submitted),
        BoardState.InReview => apps.Where(a => a.Status == ApplicationStatus.InReview),
        BoardState.Returned => apps.Where(a => a.Status == ApplicationStatus.Returned),
        _ => apps.Where(a => (a.Status == ApplicationStatus.Registered || a.Status == ApplicationStatus.Refused) && a.DecidedAtUtc >= since),
    };

    private async Task<IQueryable<Application>> FilterAsync(RegistryDbContext db, IQueryable<Application> apps, BoardQuery q, string viewerId, DateOnly today,
        CancellationToken ct)
    {
        apps = apps.Where(a => a.Status != ApplicationStatus.Draft);
        if (q.RegionId is { } region)
            apps = apps.Where(a => a.Address.RegionId == region);
        if (q.ProfessionId is { } profession)
            apps = apps.Where(a => a.Profession.ProfessionId == profession);
        if (q.OrganisationId is { } organisation)
            apps = apps.Where(a => a.OrganisationId == organisation);
        if (q.OverdueOnly)
            apps = apps.Where(Application.OverdueOn(today));
        if (q.MineOnly)
            apps = apps.Where(a => a.HolderId == viewerId || a.DeciderId == viewerId);
        var search = q.Search?.Trim() ?? "";
        if (IdentificationNumber.IsTwelveDigits(IdentificationNumber.Digits(search)))
        {
            var iin = IdentificationNumber.Digits(search); // typed as "900101 300017" too
            apps = apps.Where(a => a.Iin == iin);
        }
        else if (search.StartsWith(Application.ReferencePrefix + "-", StringComparison.OrdinalIgnoreCase))
        {
            apps = database.WhereNumberHas(db, apps, search.ToUpperInvariant());
        }
        else
        {
            apps = await database.WhereNameHasAsync(db, apps, search, ct);
        }
        return apps;
    }
}
