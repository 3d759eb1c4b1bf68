namespace BlazorRegistry.Core.Notifications;

public enum NotificationChannel
{
    /// <summary>The user's in-app inbox: every message lands here.</summary>
    InApp = 0,
    Email = 1,
    Sms = 2,
}

public enum DeliveryStatus
{
    Pending = 0,
    Sent = 1,
    /// <summary>Gave up after the last retry; kept, logged, visible to administrators.</summary>
    Failed = 2,
    /// <summary>Not sent because what it carried (a one-time code) expired first.</summary>
    Expired = 3,
}

/// <summary>
/// One message to one person on one channel. Written in the recipient's language when it is created;
/// delivery (e-mail, SMS) happens later, with retries, so a slow or broken mail server never blocks or
/// breaks the request that caused the message.
/// </summary>
public sealed class Notification
{
    public const int MaxSubjectLength = 300;
    public const int MaxBodyLength = 4000;
    public const int MaxAttempts = 8;

    public long Id { get; private set; }
    public string UserId { get; private set; } = "";
    public NotificationChannel Channel { get; private set; }
    /// <summary>E-mail address or E.164 phone; empty for the inbox.</summary>
    public string Address { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? ReadAtUtc { get; private set; }
    public DeliveryStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTime NextAttemptAtUtc { get; private set; }
    public DateTime? SentAtUtc { get; private set; }
    public string? LastError { get; private set; }
    /// <summary>
    /// Set for a message that carries a secret (a one-time code): its text is dropped once delivered,
    /// given up or expired, and it is never sent after this moment.
    /// </summary>
    public DateTime? SecretUntilUtc { get; private set; }
    /// <summary>For an inbox note about a short-lived thing (a code was sent): it leaves the inbox at this moment.</summary>
    public DateTime? ShownUntilUtc { get; private set; }
    /// <summary>The outbox event this notice was written for (unique per channel): an event never notifies twice.</summary>
    public long? OutboxMessageId { get; private set; }
    /// <summary>
    /// Set while one delivery worker is sending it (issue #18): every other worker, in this instance or another, passes
    /// it by until then. A worker that dies mid-send leaves the claim to lapse, and the message is tried again.
    /// </summary>
    public DateTime? ClaimedUntilUtc { get; private set; }

    private Notification() { }

    public static Notification Create(string userId, NotificationChannel channel, string address, string subject, string body, DateTime nowUtc,
        DateTime? secretUntilUtc = null, long? outboxMessageId = null) => new()
    {
        OutboxMessageId = outboxMessageId,
        SecretUntilUtc = channel == NotificationChannel.InApp ? null : secretUntilUtc,
        ShownUntilUtc = channel == NotificationChannel.InApp ? secretUntilUtc : null,
        UserId = userId,
        Channel = channel,
        Address = address,
        Subject = subject.Length > MaxSubjectLength ? subject[..MaxSubjectLength] : subject,
        Body = body.Length > MaxBodyLength ? body[..MaxBodyLength] : body,
        CreatedAtUtc = nowUtc,
        NextAttemptAtUtc = nowUtc,
        // The inbox needs no delivery.
        Status = channel == NotificationChannel.InApp ? DeliveryStatus.Sent : DeliveryStatus.Pending,
        SentAtUtc = channel == NotificationChannel.InApp ? nowUtc : null,
    };

    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;

    /// <summary>Due for a delivery worker: pending, its next attempt reached, nobody sending it now.</summary>
    public static System.Linq.Expressions.Expression<Func<Notification, bool>> DueOn(NotificationChannel channel, DateTime nowUtc) =>
        n => n.Channel == channel && n.Status == DeliveryStatus.Pending && n.NextAttemptAtUtc <= nowUtc
            && (n.ClaimedUntilUtc == null || n.ClaimedUntilUtc <= nowUtc);

    /// <summary>A worker takes it for sending, until <paramref name="untilUtc"/> at most.</summary>
    public void Claim(DateTime untilUtc) => ClaimedUntilUtc = untilUtc;

    /// <summary>The worker did not get to it (its claim ran short): another may take it at once.</summary>
    public void ReleaseClaim() => ClaimedUntilUtc = null;

    public void Delivered(DateTime nowUtc)
    {
        ClaimedUntilUtc = null;
        Attempts++;
        Status = DeliveryStatus.Sent;
        SentAtUtc = nowUtc;
        LastError = null;
        ForgetSecret();
    }

    public bool IsExpired(DateTime nowUtc) => SecretUntilUtc is { } until && nowUtc >= until;

    /// <summary>The secret expired before it could be delivered: never send it late.</summary>
    public void Expire()
    {
        ClaimedUntilUtc = null;
        Status = DeliveryStatus.Expired;
        LastError ??= "expired before it could be sent";
        ForgetSecret();
    }

    /// <summary>
    /// An administrator's retry of a failed (or still retrying) message: a fresh round of attempts from now.
    /// Not for a secret once given up (its text is gone) or past its life.
    /// </summary>
    public bool Retry(DateTime nowUtc)
    {
        if (Channel == NotificationChannel.InApp || IsExpired(nowUtc)
            || Status is not (DeliveryStatus.Failed or DeliveryStatus.Pending)
            || (SecretUntilUtc is not null && Status != DeliveryStatus.Pending))
            return false;
        Status = DeliveryStatus.Pending;
        Attempts = 0;
        NextAttemptAtUtc = nowUtc;
        return true;
    }

    private void ForgetSecret()
    {
        if (SecretUntilUtc is not null)
            Body = "";
    }

    /// <summary>Records a failed try and schedules the next: 10 s, 30 s, 1.5 min, … up to about 6 hours in all.</summary>
    public void DeliveryFailed(string error, DateTime nowUtc)
    {
        ClaimedUntilUtc = null;
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        if (Attempts >= MaxAttempts)
        {
            Status = DeliveryStatus.Failed;
            ForgetSecret();
            return;
        }
        NextAttemptAtUtc = nowUtc + TimeSpan.FromSeconds(10 * Math.Pow(3, Attempts - 1));
        // A code that would arrive after its life is useless: stop now rather than send it late.
        if (SecretUntilUtc is { } until && NextAttemptAtUtc >= until)
            Expire();
    }
}

/// <summary>An SMS as the outbox gateway keeps it (there is no real SMS provider here).</summary>
public sealed class SmsOutboxMessage
{
    public long Id { get; private set; }
    public string Phone { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }

    private SmsOutboxMessage() { }

    public SmsOutboxMessage(string phone, string text, DateTime nowUtc)
    {
        Phone = phone;
        Text = text;
        CreatedAtUtc = nowUtc;
    }
}
