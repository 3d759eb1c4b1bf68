using BlazorRegistry.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BlazorRegistry.Core.Notifications;

/// <summary>A message already worded in the recipient's language.</summary>
public sealed record Message(string Subject, string Body);

/// <summary>
/// Puts messages in the inbox and in the delivery queue, and reads the inbox. Delivery itself runs in
/// <see cref="DeliverDueAsync"/>, called by a background loop, so sending never blocks a request.
/// </summary>
public sealed class NotificationService(
    IDbContextFactory<RegistryDbContext> factory,
    TimeProvider time,
    IEmailTransport email,
    ISmsGateway sms,
    ILogger<NotificationService> logger)
{
    /// <summary>Raised after messages are queued, so the delivery loop wakes at once instead of at its next poll.</summary>
    public event Action? Queued;

    /// <summary>Stores the message in the inbox and queues it for the given outside channel.</summary>
    public async Task SendAsync(string userId, NotificationChannel channel, string address, Message message, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        db.Notifications.Add(Notification.Create(userId, NotificationChannel.InApp, "", message.Subject, message.Body, now));
        if (channel != NotificationChannel.InApp && !string.IsNullOrWhiteSpace(address))
            db.Notifications.Add(Notification.Create(userId, channel, address, message.Subject, message.Body, now));
        await db.SaveChangesAsync(ct);
        Queued?.Invoke();
    }

    /// <summary>
    /// Queues a message that carries a secret (a one-time code) for an outside channel, and puts only
    /// <paramref name="inboxNote"/> (that a code was sent, without it) in the inbox. The queued text is
    /// dropped after delivery or at <paramref name="secretUntilUtc"/>, and never sent after it.
    /// </summary>
    public async Task SendSecretAsync(string userId, NotificationChannel channel, string address, Message secret, Message inboxNote,
        DateTime secretUntilUtc, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        db.Notifications.Add(Notification.Create(userId, NotificationChannel.InApp, "", inboxNote.Subject, inboxNote.Body, now));
        if (channel != NotificationChannel.InApp && !string.IsNullOrWhiteSpace(address))
            db.Notifications.Add(Notification.Create(userId, channel, address, secret.Subject, secret.Body, now, secretUntilUtc));
        await db.SaveChangesAsync(ct);
        Queued?.Invoke();
    }

    public async Task<IReadOnlyList<Notification>> InboxAsync(string userId, int take = 50, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId && n.Channel == NotificationChannel.InApp)
            .OrderByDescending(n => n.Id).Take(take).ToListAsync(ct);
    }

    public async Task<int> UnreadCountAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.Channel == NotificationChannel.InApp && n.ReadAtUtc == null, ct);
    }

    public async Task MarkAllReadAsync(string userId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Notifications
            .Where(n => n.UserId == userId && n.Channel == NotificationChannel.InApp && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), ct);
    }

    /// <summary>Sends what is due; a failure is logged and retried later, never dropped silently.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        var due = await db.Notifications
            .Where(n => n.Status == DeliveryStatus.Pending && n.NextAttemptAtUtc <= now)
            .OrderBy(n => n.Id).Take(50).ToListAsync(ct);
        foreach (var n in due)
        {
            if (n.IsExpired(time.GetUtcNow().UtcDateTime))
            {
                n.Expire();
                await db.SaveChangesAsync(ct);
                continue;
            }
            try
            {
                if (n.Channel == NotificationChannel.Email)
                    await email.SendAsync(n.Address, n.Subject, n.Body, ct);
                else
                    await sms.SendAsync(n.Address, n.Body, ct);
                n.Delivered(time.GetUtcNow().UtcDateTime);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                n.DeliveryFailed(ex.Message, time.GetUtcNow().UtcDateTime);
                if (n.Status == DeliveryStatus.Failed)
                    logger.LogError(ex, "Gave up delivering notification {Id} by {Channel} after {Attempts} attempts", n.Id, n.Channel, n.Attempts);
                else
                    logger.LogWarning("Delivering notification {Id} by {Channel} failed (attempt {Attempts}): {Error}; retrying at {Next:u}",
                        n.Id, n.Channel, n.Attempts, ex.Message, n.NextAttemptAtUtc);
            }
            // Saved one by one: a crash after a send must not send it again with the others.
            await db.SaveChangesAsync(ct);
        }
        return due.Count;
    }
}
