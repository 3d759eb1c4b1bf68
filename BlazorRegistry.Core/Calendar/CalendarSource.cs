using BlazorRegistry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Calendar;

/// <summary>Builds the working-day calendar from the stored exceptions.</summary>
public sealed class CalendarSource(IDbContextFactory<RegistryDbContext> factory)
{
    public async Task<WorkingDayCalendar> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await LoadAsync(db, ct);
    }

    public static async Task<WorkingDayCalendar> LoadAsync(RegistryDbContext db, CancellationToken ct = default) =>
        new(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
}
