using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Data;

public static class SaveChanges
{
    /// <summary>
    /// Saves, or answers false when another writer changed a row first (its version token no longer
    /// matches): the caller turns that into a "someone else changed this" error, never a 500.
    /// </summary>
    public static async Task<bool> TrySaveAsync(this RegistryDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
