using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Register;

/// <summary>A reminder sent for one category of one entry at one stage; the unique key makes sending idempotent.</summary>
public sealed class CategoryReminder
{
    public long Id { get; private set; }
    public int EntryId { get; private set; }
    /// <summary>The assignment date of the category it is about: a new category starts new reminders.</summary>
    public DateOnly AssignedOn { get; private set; }
    /// <summary>Days before the lapse: 90 or 30.</summary>
    public int Stage { get; private set; }
    public DateTime SentAtUtc { get; private set; }

    private CategoryReminder() { }

    public CategoryReminder(int entryId, DateOnly assignedOn, int stage, DateTime sentAtUtc)
    {
        EntryId = entryId; AssignedOn = assignedOn; Stage = stage; SentAtUtc = sentAtUtc;
    }
}

/// <summary>
/// Reminds specialists 90 and 30 days before their qualification category lapses (the notice goes through
/// the outbox, in their language, to the inbox and their channel). Run it as often as you like: each
/// reminder is recorded with its notice in one commit, under a unique key, so a restart or a second instance
/// never sends one twice (tested with two instances racing on PostgreSQL); an entry first seen inside 30 days gets only the 30-day reminder.
/// </summary>
public sealed class CategoryReminders(IDbContextFactory<RegistryDbContext> factory, TimeProvider time, OutboxDispatcher outbox)
{
    public static readonly int[] Stages = [90, 30];

    /// <summary>The stage a category lapsing on <paramref name="lapsesOn"/> is in on <paramref name="today"/>, or null.</summary>
    public static int? StageOn(DateOnly lapsesOn, DateOnly today)
    {
        var daysLeft = lapsesOn.DayNumber - today.DayNumber;
        if (daysLeft <= 0 || daysLeft > Stages.Max())
            return null;
        return Stages.Where(s => daysLeft <= s).Min();
    }

    /// <summary>
    /// Entries still in the register whose current category is <paramref name="category"/> and lapses on a day
    /// from <paramref name="from"/> to <paramref name="to"/>. The one place the window is worked out: the
    /// reminders and the board's list both use it.
    /// </summary>
    public static IQueryable<RegisterEntry> LapsingBetween(IQueryable<RegisterEntry> entries, QualificationCategory category, DateOnly from, DateOnly to)
    {
        var years = category.ValidityYears ?? throw new ArgumentException("A category without validity never lapses.", nameof(category));
        var assignedFrom = from.AddYears(-years);
        var assignedTo = to.AddYears(-years);
        return entries.Where(e => e.State != EntryState.Excluded && e.CurrentCategoryId == category.Id
            && e.CurrentCategoryAssignedOn >= assignedFrom && e.CurrentCategoryAssignedOn <= assignedTo);
    }

    /// <summary>
    /// Sends what is due today; returns how many reminders it sent. When another instance records some of the same
    /// reminders at the same moment (the unique key refuses this commit whole), it looks again: the rest are sent,
    /// theirs are not repeated.
    /// </summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var sent = await SendDueOnceAsync(ct);
                if (sent > 0)
                    await outbox.DispatchAfterCommitAsync();
                return sent;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
            }
        }
    }

    private async Task<int> SendDueOnceAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = KazakhstanTime.DateOf(now);
        await using var db = await factory.CreateDbContextAsync(ct);
        var catalog = await ReferenceCatalog.LoadAsync(db, ct);
        var sent = 0;
        foreach (var category in catalog.Categories.Where(c => c.ValidityYears is not null))
        {
            // Lapsing after today and within the first stage.
            // The entries' ids and category days are all this needs: not their applications (the records) with them.
            var due = await LapsingBetween(db.RegisterEntries.IgnoreAutoIncludes(), category, today.AddDays(1), today.AddDays(Stages.Max())).ToListAsync(ct);
            foreach (var entry in due)
            {
                var assignedOn = entry.CurrentCategoryAssignedOn!.Value;
                if (StageOn(category.LapsesOn(assignedOn)!.Value, today) is not { } stage)
                    continue;
                if (await db.CategoryReminders.AnyAsync(r => r.EntryId == entry.Id && r.AssignedOn == assignedOn && r.Stage <= stage, ct))
                    continue;
                db.CategoryReminders.Add(new CategoryReminder(entry.Id, assignedOn, stage, now));
                db.Outbox.Add(OutboxMessage.For(entry, ApplicationEventKind.EntryCategoryLapsing, "system", now));
                sent++;
            }
        }
        if (sent > 0)
            await db.SaveChangesAsync(ct);
        return sent;
    }
}
