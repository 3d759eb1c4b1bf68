using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Audit;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Calendar;

/// <summary>
/// Administrators keep the working-day calendar (issue #17, point 2): a day marked non-working or a weekend made
/// working, with its note; a year added from the holiday law's rules. Every change is audited and, in the same
/// transaction, moves the decision deadline of each application awaiting a decision whose term it touches (its
/// history says so; the board hears of it at once).
/// </summary>
public sealed class CalendarService(IDbContextFactory<RegistryDbContext> factory, TimeProvider time, OutboxDispatcher outbox)
{
    public const int FirstYear = 2025;
    public const int LastYear = 2100;

    public async Task<IReadOnlyList<CalendarDay>> YearAsync(int year, CancellationToken ct = default)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date).ToListAsync(ct);
    }

    /// <summary>
    /// Marks <paramref name="date"/> as <paramref name="kind"/> with <paramref name="note"/>, or (kind null) returns it to
    /// the plain rule (weekdays work, weekends rest). Answers how many deadlines moved.
    /// </summary>
    public async Task<Result<int>> SetDayAsync(AuditActor administrator, DateOnly date, CalendarDayKind? kind, string? note, CancellationToken ct = default)
    {
        if (date.Year is < FirstYear or > LastYear)
            return Result<int>.Fail(ErrorCode.CalendarYearOutOfRange, "Date");
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (kind == CalendarDayKind.Working && !weekend)
            return Result<int>.Fail(ErrorCode.CalendarWorkingOnlyOnWeekend, "Kind");
        if (kind == CalendarDayKind.NonWorking && weekend)
            return Result<int>.Fail(ErrorCode.CalendarNonWorkingOnlyOnWeekday, "Kind");
        var text = note?.Trim() ?? "";
        if (kind is not null && text.Length == 0)
            return Result<int>.Fail(ErrorCode.Required, "Note");
        if (text.Length > CalendarDay.MaxNoteLength)
            return Result<int>.Fail(ErrorCode.TooLong, "Note");

        return await ChangeAsync(administrator, date, $"day|{date:yyyy-MM-dd}|{kind?.ToString() ?? "Plain"}|{text}", async db =>
        {
            await db.CalendarDays.Where(d => d.Date == date).ExecuteDeleteAsync(ct);
            if (kind is { } k)
                db.CalendarDays.Add(new CalendarDay(date, k, text));
        }, ct);
    }

    /// <summary>Adds a year as the holiday law's rules propose it (state holidays, carried-over days); the administrator then edits it.</summary>
    public async Task<Result<int>> AddYearAsync(AuditActor administrator, int year, CancellationToken ct = default)
    {
        if (year is < FirstYear or > LastYear)
            return Result<int>.Fail(ErrorCode.CalendarYearOutOfRange, "Year");
        var proposed = KazakhstanHolidays.ForYear(year).ToList();
        return await ChangeAsync(administrator, new DateOnly(year, 1, 1), $"year|{year}|{proposed.Count}", async db =>
        {
            var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            var existing = await db.CalendarDays.Where(d => d.Date >= first && d.Date <= last).Select(d => d.Date).ToListAsync(ct);
            db.CalendarDays.AddRange(proposed.Where(d => !existing.Contains(d.Date)));
        }, ct);
    }

    /// <param name="detail">The audit detail, "day|date|kind|note" or "year|year|days"; the number of deadlines moved is appended.</param>
    private async Task<Result<int>> ChangeAsync(AuditActor administrator, DateOnly from, string detail, Func<RegistryDbContext, Task> change, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await change(db);
        // Saved before the deadlines it moves, so every instance drops its calendar before it hears of them (issue #18).
        db.Outbox.Add(OutboxMessage.CatalogueChanged(ApplicationEventKind.CalendarChanged, administrator.UserId, now));
        await db.SaveChangesAsync(ct);
        var calendar = await CalendarProvider.LoadAsync(db, ct);
        // A day can move only the terms running across it: receipts at most a month before it (five working days
        // never span more, whatever the holidays).
        var since = from.AddDays(-31).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var moved = 0;
        foreach (var application in await db.Applications
                     .Where(a => (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.InReview) && a.LastSubmittedAtUtc >= since)
                     .ToListAsync(ct))
        {
            if (!application.RecomputeDeadline(calendar, administrator.UserId, now))
                continue;
            moved++;
            db.Outbox.Add(OutboxMessage.For(application, ApplicationEventKind.DeadlineMoved, administrator.UserId, now));
        }
        db.AuditEntries.Add(new AuditEntry(administrator, AuditAction.ChangedCalendar, now, null, null, $"{detail}|{moved}"));
        if (!await db.TrySaveAsync(ct))
            return Result<int>.Fail(ErrorCode.ConcurrencyConflict);
        await tx.CommitAsync(ct);
        // Publishing CalendarChanged drops the cached calendar in every instance, this one first.
        await outbox.DispatchAfterCommitAsync();
        return Result<int>.Ok(moved);
    }
}
