using BlazorRegistry.Core.Audit;
using BlazorRegistry.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Tests.Data;

/// <summary>The audit is append-only in the database itself, not only by the app's good manners.</summary>
public class AuditAppendOnly
{
    [Fact]
    public async Task TheDatabaseRefusesToChangeOrDeleteAnAuditEntry()
    {
        await using var test = await TestDatabase.CreateAsync();
        await test.Get<AuditLog>().RecordAsync(new AuditActor("admin-1", "10.0.0.1"), AuditAction.SignedIn);
        await using var db = test.NewContext();

        var update = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "ActorId" = 'someone-else'"""));
        Assert.Contains("append-only", update.Message);
        var delete = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEntries" """));
        Assert.Contains("append-only", delete.Message);

        var entry = await db.AuditEntries.SingleAsync();
        Assert.Equal(("admin-1", "10.0.0.1", AuditAction.SignedIn), (entry.ActorId, entry.Address, entry.Action));
        // Appending still works.
        await test.Get<AuditLog>().RecordAsync(new AuditActor("admin-1", null), AuditAction.SignedIn);
        Assert.Equal(2, await db.AuditEntries.CountAsync());
    }
}
