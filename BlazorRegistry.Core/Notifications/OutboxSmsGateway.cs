using BlazorRegistry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Notifications;

/// <summary>
/// Keeps every SMS in a table instead of sending it: the stand-in until a provider is contracted. Only in
/// Development, where `/dev/sms` plays the phone, does it keep a one-time code's digits; elsewhere nobody
/// reads the table, and a code must never sit in clear once "delivered" (issue #12), so they are masked.
/// </summary>
public sealed class OutboxSmsGateway(IDbContextFactory<RegistryDbContext> factory, TimeProvider time, SmsOutboxRetention retention) : ISmsGateway
{
    public async Task SendAsync(string phoneE164, string text, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        db.SmsOutbox.Add(new SmsOutboxMessage(phoneE164, retention.KeepsCodes ? text : SmsOutboxRetention.MaskCodes(text), time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<SmsOutboxMessage>> LatestAsync(int count, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.SmsOutbox.AsNoTracking().OrderByDescending(m => m.Id).Take(count).ToListAsync(ct);
    }
}

/// <summary>Whether the SMS outbox keeps one-time codes as sent: true only where it stands in for a phone (Development).</summary>
public sealed record SmsOutboxRetention(bool KeepsCodes)
{
    /// <summary>Every run of exactly <see cref="Accounts.OneTimeCode.Length"/> digits (a code) becomes dots.</summary>
    public static string MaskCodes(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, $@"(?<!\d)\d{{{Accounts.OneTimeCode.Length}}}(?!\d)", new string('•', Accounts.OneTimeCode.Length));
}
