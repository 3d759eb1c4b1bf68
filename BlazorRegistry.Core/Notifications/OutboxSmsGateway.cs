using BlazorRegistry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Notifications;

/// <summary>Keeps every SMS in a table instead of sending it: the stand-in until a provider is contracted.</summary>
public sealed class OutboxSmsGateway(IDbContextFactory<RegistryDbContext> factory, TimeProvider time) : ISmsGateway
{
    public async Task SendAsync(string phoneE164, string text, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        db.SmsOutbox.Add(new SmsOutboxMessage(phoneE164, text, time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<SmsOutboxMessage>> LatestAsync(int count, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.SmsOutbox.AsNoTracking().OrderByDescending(m => m.Id).Take(count).ToListAsync(ct);
    }
}
