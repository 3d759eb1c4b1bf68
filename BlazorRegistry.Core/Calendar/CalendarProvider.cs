using BlazorRegistry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Calendar;

/// <summary>
/// The working-day calendar built from the stored exceptions. Pages and boards share one copy kept for a
/// minute, dropped at once after an edit, here or (through the outbox's event) in another instance; a decision deadline that is stored (submission) is computed from <see cref="LoadAsync(RegistryDbContext, CancellationToken)"/>
/// inside the same unit of work, so it never uses a stale calendar.
/// </summary>
public sealed class CalendarProvider
{
    private readonly ShortLivedCache<WorkingDayCalendar> _calendar;

    public CalendarProvider(IDbContextFactory<RegistryDbContext> factory, TimeProvider time, Events.IApplicationEvents events)
    {
        _calendar = new(time, async ct =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await LoadAsync(db, ct);
        });
        // A singleton: the subscription lasts as long as the process.
        events.Subscribe(e =>
        {
            if (e.Kind == Events.ApplicationEventKind.CalendarChanged)
                Invalidate();
            return Task.CompletedTask;
        });
    }

    public Task<WorkingDayCalendar> GetAsync(CancellationToken ct = default) => _calendar.GetAsync(ct);

    /// <summary>After an edit of the calendar: the next reader loads it again.</summary>
    public void Invalidate() => _calendar.Invalidate();

    public static async Task<WorkingDayCalendar> LoadAsync(RegistryDbContext db, CancellationToken ct = default) =>
        new(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
}
