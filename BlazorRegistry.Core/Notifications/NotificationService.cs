using BlazorRegistry.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BlazorRegistry.Core.Notifications;

/// <summary>
/// A message already worded in the recipient's language. The inbox and e-mail carry the full text; an SMS
/// carries <see cref="Sms"/>, a short text that says what happened and where to read the rest (an SMS
/// segment holds 70 Cyrillic characters, see <see cref="SmsSegments"/>).
/// </summary>
public sealed record Message(string Subject, string Body, string? Sms = null)
{
    /// <summary>What goes out on <paramref name="channel"/>.</summary>
    public string BodyFor(NotificationChannel channel) => channel == NotificationChannel.Sms && Sms is not null ? Sms : Body;
}

/// <summary>A message that could not be delivered, as administrators see it at /admin/deliveries.</summary>
public sealed record DeliveryProblem(long Id, NotificationChannel Channel, string Address, string Subject, DeliveryStatus Status,
    int Attempts, string? LastError, DateTime CreatedAtUtc, DateTime NextAttemptAtUtc, DateTime? SecretUntilUtc);

/// <summary>
/// Puts messages in the inbox and in the delivery queue, and reads the inbox. Delivery itself runs in
/// <see cref="DeliverDueAsync(NotificationChannel, CancellationToken)"/>, one background worker per
/// channel, so sending never blocks a request and a mail outage never delays an SMS.
/// </summary>
public sealed class NotificationService(
    IDbContextFactory<RegistryDbContext> factory,
    RegistryDatabase database,
    TimeProvider time,
    IEmailTransport email,
    ISmsGateway sms,
    ILogger<NotificationService> logger)
{
    public const int BatchSize = 50;

    /// <summary>
    /// How long a worker holds the messages it took (issue #18: several instances deliver from one queue). It
    /// sends for half of it at most and gives the rest back, so a claim never lapses while its holder still sends;
    /// shorter than a one-time code's five minutes, so a code held by a killed worker still goes out in time.
    /// </summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(2);

    /// <summary>Raised after messages are queued, so the delivery workers wake at once instead of at their next poll.</summary>
    public event Action? Queued;

    /// <summary>Tells the delivery workers that something was queued by another path (the outbox dispatcher).</summary>
    public void WakeDelivery() => Queued?.Invoke();

    /// <summary>
    /// Stores the message in the inbox and queues it for the given outside channel. Internal: a notice about
    /// a change goes through the outbox (<see cref="Events.OutboxDispatcher"/>), never straight from a page,
    /// so it cannot be lost between the change and the notice; only the delivery tests queue directly.
    /// </summary>
    internal async Task SendAsync(string userId, NotificationChannel channel, string address, Message message, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        Queue(db, userId, channel, address, message, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        Queued?.Invoke();
    }

    /// <summary>
    /// Adds the inbox copy and the outside channel's copy to <paramref name="db"/> without saving, so they
    /// commit with whatever caused them (<paramref name="outboxMessageId"/>: the event, once per channel).
    /// </summary>
    public static void Queue(RegistryDbContext db, string userId, NotificationChannel channel, string address, Message message, DateTime nowUtc,
        long? outboxMessageId = null)
    {
        db.Notifications.Add(Notification.Create(userId, NotificationChannel.InApp, "", message.Subject, message.Body, nowUtc, outboxMessageId: outboxMessageId));
        if (channel != NotificationChannel.InApp && !string.IsNullOrWhiteSpace(address))
            db.Notifications.Add(Notification.Create(userId, channel, address, message.Subject, message.BodyFor(channel), nowUtc, outboxMessageId: outboxMessageId));
    }

    /// <summary>
    /// Queues a message that carries a secret (a one-time code) for an outside channel, and puts only
    /// <paramref name="inboxNote"/> (that a code was sent, without it) in the inbox. The queued text is
    /// dropped after delivery or at <paramref name="secretUntilUtc"/>, and never sent after it.
    /// </summary>
    public async Task SendSecretAsync(string userId, NotificationChannel channel, string address, Message secret, Message inboxNote,
        DateTime secretUntilUtc, bool noteLapsesWithSecret = false, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        // A note about a sign-up code lives as long as the code (kept for ever it only confuses); a note that
        // a password-reset code was asked for stays: it is the holder's sign that somebody asked.
        db.Notifications.Add(Notification.Create(userId, NotificationChannel.InApp, "", inboxNote.Subject, inboxNote.Body, now,
            noteLapsesWithSecret ? secretUntilUtc : null));
        if (channel != NotificationChannel.InApp && !string.IsNullOrWhiteSpace(address))
            db.Notifications.Add(Notification.Create(userId, channel, address, secret.Subject, secret.BodyFor(channel), now, secretUntilUtc));
        await db.SaveChangesAsync(ct);
        Queued?.Invoke();
    }

    public async Task<IReadOnlyList<Notification>> InboxAsync(string userId, int take = 50, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId && n.Channel == NotificationChannel.InApp && (n.ShownUntilUtc == null || n.ShownUntilUtc > now))
            .OrderByDescending(n => n.Id).Take(take).ToListAsync(ct);
    }

    public async Task<int> UnreadCountAsync(string userId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.Channel == NotificationChannel.InApp && n.ReadAtUtc == null
            && (n.ShownUntilUtc == null || n.ShownUntilUtc > now), ct);
    }

    public async Task MarkAllReadAsync(string userId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Notifications
            .Where(n => n.UserId == userId && n.Channel == NotificationChannel.InApp && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), ct);
    }

    /// <summary>Both channels, one after the other (tests and tools; the app runs one worker per channel).</summary>
    public async Task<int> DeliverDueAsync(CancellationToken ct = default) =>
        await DeliverDueAsync(NotificationChannel.Sms, ct) + await DeliverDueAsync(NotificationChannel.Email, ct);

    /// <summary>
    /// Sends what is due on one channel, at most <see cref="BatchSize"/> messages over one connection; a
    /// message past its expiry is marked expired instead; a failure is logged and retried later, never
    /// dropped silently. Returns how many messages were handled.
    /// </summary>
    public async Task<int> DeliverDueAsync(NotificationChannel channel, CancellationToken ct = default)
    {
        var claimedAt = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        var due = await ClaimAsync(db, channel, claimedAt, ct);
        if (due.Count == 0)
            return 0;
        IEmailConnection? connection = null;
        var handled = 0;
        try
        {
            foreach (var n in due)
            {
                var now = time.GetUtcNow().UtcDateTime;
                // A slow server ate half the lease: give the rest back (finally) rather than send past the claim.
                if (now - claimedAt > ClaimLease / 2)
                    break;
                if (n.IsExpired(now))
                {
                    n.Expire();
                    logger.LogWarning("Notification {Id} by {Channel} expired before it could be sent", n.Id, n.Channel);
                }
                else
                {
                    try
                    {
                        if (channel == NotificationChannel.Email)
                        {
                            connection ??= await email.ConnectAsync(ct);
                            await connection.SendAsync(n.Address, n.Subject, n.Body, ct);
                        }
                        else
                            await sms.SendAsync(n.Address, n.Body, ct);
                        n.Delivered(time.GetUtcNow().UtcDateTime);
                    }
                    // A timeout inside a transport is a failed try; only our own stop is not.
                    catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                    {
                        n.DeliveryFailed(ex.Message, time.GetUtcNow().UtcDateTime);
                        if (n.Status == DeliveryStatus.Failed)
                            logger.LogError(ex, "Gave up delivering notification {Id} by {Channel} after {Attempts} attempts", n.Id, n.Channel, n.Attempts);
                        else
                            logger.LogWarning("Delivering notification {Id} by {Channel} failed (attempt {Attempts}): {Error}; retrying at {Next:u}",
                                n.Id, n.Channel, n.Attempts, ex.Message, n.NextAttemptAtUtc);
                        // A broken connection is opened afresh for the next message.
                        if (connection is not null)
                        {
                            await SafeDisposeAsync(connection);
                            connection = null;
                        }
                    }
                }
                // Saved one by one, and even while stopping: a message sent must be recorded as sent, never sent again.
                await db.SaveChangesAsync(CancellationToken.None);
                handled++;
            }
        }
        finally
        {
            if (connection is not null)
                await SafeDisposeAsync(connection);
            // What this worker did not get to (a stop, a failure, half the lease gone) goes back at once: a one-time code
            // lives five minutes and must not wait for the claim to lapse. Only a killed process leaves its claim to lapse.
            if (handled < due.Count)
                await ReleaseAsync(db, due.Skip(handled));
        }
        return handled;
    }

    private async Task ReleaseAsync(RegistryDbContext db, IEnumerable<Notification> unsent)
    {
        try
        {
            foreach (var n in unsent)
                n.ReleaseClaim();
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Giving back unsent notifications failed; their claim lapses in {Lease}", ClaimLease);
        }
    }

    /// <summary>
    /// Takes the next due messages for this worker in one short transaction (no mail server is waited for inside it),
    /// so no other worker, here or in another instance, sends them too.
    /// </summary>
    private async Task<List<Notification>> ClaimAsync(RegistryDbContext db, NotificationChannel channel, DateTime now, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var due = await database.DueDeliveriesAsync(db, channel, now, BatchSize, ct);
        foreach (var n in due)
            n.Claim(now + ClaimLease);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return due;
    }

    /// <summary>Messages that failed for good, expired, or are failing now (retrying): newest first.</summary>
    public async Task<IReadOnlyList<DeliveryProblem>> ProblemsAsync(int take = 200, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Notifications.AsNoTracking()
            .Where(n => n.Channel != NotificationChannel.InApp
                && (n.Status == DeliveryStatus.Failed || n.Status == DeliveryStatus.Expired || (n.Status == DeliveryStatus.Pending && n.LastError != null)))
            .OrderByDescending(n => n.Id).Take(take)
            .Select(n => new DeliveryProblem(n.Id, n.Channel, n.Address, n.Subject, n.Status, n.Attempts, n.LastError, n.CreatedAtUtc,
                n.NextAttemptAtUtc, n.SecretUntilUtc))
            .ToListAsync(ct);
    }

    /// <summary>An administrator's retry: a failed (or still retrying) message is tried again at once. False if it cannot be.</summary>
    public async Task<bool> RetryAsync(long id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var n = await db.Notifications.FirstOrDefaultAsync(x => x.Id == id && x.Channel != NotificationChannel.InApp, ct);
        if (n is null || !n.Retry(time.GetUtcNow().UtcDateTime))
            return false;
        await db.SaveChangesAsync(ct);
        Queued?.Invoke();
        return true;
    }

    /// <summary>
    /// When the oldest message not delivered was queued (still retrying, or given up and waiting for an
    /// administrator's retry), or null when none. An expired code is not counted: it is never to be sent.
    /// </summary>
    public async Task<DateTime?> OldestUndeliveredAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Notifications.Where(n => (n.Status == DeliveryStatus.Pending || n.Status == DeliveryStatus.Failed) && n.Channel != NotificationChannel.InApp)
            .OrderBy(n => n.Id).Select(n => (DateTime?)n.CreatedAtUtc).FirstOrDefaultAsync(ct);
    }

    private async Task SafeDisposeAsync(IEmailConnection connection)
    {
        try
        {
            await connection.DisposeAsync();
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "Closing the mail connection failed");
        }
    }
}
