using BlazorRegistry.Core.Notifications;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Core.Notifications;

/// <summary>Issue #14, point 3: independent channels, expiry, one connection per batch, an administrator's retry.</summary>
public class DeliveryPerChannel
{
    /// <summary>Counts connections; can hang like a mail server that does not answer.</summary>
    private sealed class CountingEmail : IEmailTransport
    {
        public int Connections;
        public int Sent;
        public TaskCompletionSource? Hang { get; set; }

        public Task SendAsync(string to, string subject, string body, CancellationToken ct) => throw new NotSupportedException();

        public Task<IEmailConnection> ConnectAsync(CancellationToken ct)
        {
            Interlocked.Increment(ref Connections);
            return Task.FromResult<IEmailConnection>(new Connection(this));
        }

        private sealed class Connection(CountingEmail owner) : IEmailConnection
        {
            public async Task SendAsync(string to, string subject, string body, CancellationToken ct)
            {
                if (owner.Hang is { } hang)
                    await hang.Task.WaitAsync(ct);
                Interlocked.Increment(ref owner.Sent);
            }
            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }

    private static async Task<(TestDatabase Test, string UserId)> CreateAsync(IEmailTransport? email = null)
    {
        var test = await TestDatabase.CreateAsync(configure: email is null ? null : s => s.AddSingleton(email));
        await using var db = test.NewContext();
        var user = new BlazorRegistry.Core.Accounts.RegistryUser { UserName = "u@example.kz", Email = "u@example.kz" };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return (test, user.Id);
    }

    private static Message Code => new("Код", "Код: 123456");

    [Fact]
    public async Task AnSmsIsDeliveredWhileTheMailServerHangs()
    {
        var email = new CountingEmail { Hang = new TaskCompletionSource() };
        var (test, userId) = await CreateAsync(email);
        await using var _ = test;
        var service = test.Get<NotificationService>();
        await service.SendAsync(userId, NotificationChannel.Email, "u@example.kz", new Message("S", "B"));
        await service.SendAsync(userId, NotificationChannel.Sms, "+77012345678", Code);

        var mail = service.DeliverDueAsync(NotificationChannel.Email);
        Assert.Equal(1, await service.DeliverDueAsync(NotificationChannel.Sms).WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Single(await test.Get<OutboxSmsGateway>().LatestAsync(10));
        Assert.False(mail.IsCompleted);
        email.Hang.SetResult();
        Assert.Equal(1, await mail);
    }

    [Fact]
    public async Task ACodeNotSentWithinItsLifeIsMarkedExpiredNeverSentLate()
    {
        var (test, userId) = await CreateAsync();
        await using var _ = test;
        var service = test.Get<NotificationService>();
        var now = test.Time.GetUtcNow().UtcDateTime;
        await service.SendSecretAsync(userId, NotificationChannel.Email, "u@example.kz", Code, new Message("Код жіберілді", "u***@example.kz"), now.AddMinutes(5));
        test.Time.Advance(TimeSpan.FromMinutes(6)); // the worker was busy or the app was down

        Assert.Equal(1, await service.DeliverDueAsync());
        Assert.Empty(test.Email.Sent);
        await using var db = test.NewContext();
        Assert.Equal(DeliveryStatus.Expired, (await db.Notifications.SingleAsync(n => n.Channel == NotificationChannel.Email)).Status);
        Assert.Contains(await service.ProblemsAsync(), p => p.Status == DeliveryStatus.Expired);
    }

    [Fact]
    public async Task RetriesOfACodeStopWhenTheNextTryWouldComeAfterItsLife()
    {
        var (test, userId) = await CreateAsync();
        await using var _ = test;
        var service = test.Get<NotificationService>();
        test.Email.FailuresLeft = int.MaxValue;
        await service.SendSecretAsync(userId, NotificationChannel.Email, "u@example.kz", Code, new Message("Код жіберілді", "u***@example.kz"),
            test.Time.GetUtcNow().UtcDateTime.AddMinutes(5));
        for (var i = 0; i < 6; i++)
        {
            await service.DeliverDueAsync();
            test.Time.Advance(TimeSpan.FromMinutes(1));
        }
        await using var db = test.NewContext();
        var code = await db.Notifications.SingleAsync(n => n.Channel == NotificationChannel.Email);
        Assert.Equal(DeliveryStatus.Expired, code.Status);
        Assert.InRange(code.Attempts, 3, 4); // 0 s, 10 s, 40 s, 130 s; the next (400 s) would be past 300 s
    }

    [Fact]
    public async Task AMessageBeingSentIsPassedByAndAStoppedWorkerGivesItBackAtOnce()
    {
        var email = new CountingEmail { Hang = new TaskCompletionSource() };
        var (test, userId) = await CreateAsync(email);
        await using var _ = test;
        var service = test.Get<NotificationService>();
        await service.SendAsync(userId, NotificationChannel.Email, "u@example.kz", new Message("S", "B"));

        // A worker takes it and hangs on the mail server; another worker (another instance) passes it by meanwhile.
        using var stop = new CancellationTokenSource();
        var stopping = service.DeliverDueAsync(NotificationChannel.Email, stop.Token);
        await WaitUntilAsync(() => email.Connections == 1);
        Assert.Equal(0, await service.DeliverDueAsync(NotificationChannel.Email));

        // The first is stopped (a restart of its instance): it gives the message back, and the next worker sends it at once,
        // not when the claim would have lapsed (a one-time code lives five minutes).
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stopping);
        email.Hang = null;
        Assert.Equal(1, await service.DeliverDueAsync(NotificationChannel.Email));
        Assert.Equal(0, await service.DeliverDueAsync(NotificationChannel.Email));
        Assert.Equal(1, email.Sent);
    }

    [Fact]
    public async Task AClaimLeftByAKilledWorkerLapsesWithinACodesLife()
    {
        var (test, userId) = await CreateAsync();
        await using var _ = test;
        var service = test.Get<NotificationService>();
        var now = test.Time.GetUtcNow().UtcDateTime;
        await service.SendSecretAsync(userId, NotificationChannel.Email, "u@example.kz", Code, new Message("Код жіберілді", "u***@example.kz"),
            now + OneTimeCodeLife);
        // A worker claimed it and was killed before sending (no code runs after a SIGKILL: the claim stays).
        await using (var db = test.NewContext())
        {
            (await db.Notifications.SingleAsync(n => n.Channel == NotificationChannel.Email)).Claim(now + NotificationService.ClaimLease);
            await db.SaveChangesAsync();
        }
        Assert.Equal(0, await service.DeliverDueAsync(NotificationChannel.Email));

        test.Time.Advance(NotificationService.ClaimLease);
        Assert.Equal(1, await service.DeliverDueAsync(NotificationChannel.Email));
        Assert.Single(test.Email.Sent);
    }

    private static readonly TimeSpan OneTimeCodeLife = BlazorRegistry.Core.Accounts.OneTimeCode.Lifetime;

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), "waited 10 s");
            await Task.Delay(10);
        }
    }

    [Fact]
    public async Task OneBatchOfEmailsUsesOneConnection()
    {
        var email = new CountingEmail();
        var (test, userId) = await CreateAsync(email);
        await using var _ = test;
        var service = test.Get<NotificationService>();
        for (var i = 0; i < 3; i++)
            await service.SendAsync(userId, NotificationChannel.Email, "u@example.kz", new Message($"S{i}", "B"));

        Assert.Equal(3, await service.DeliverDueAsync(NotificationChannel.Email));
        Assert.Equal((1, 3), (email.Connections, email.Sent));
    }

    [Fact]
    public async Task AnAdministratorRetriesAFailedMessageAndTheBacklogAgeShowsIt()
    {
        var (test, userId) = await CreateAsync();
        await using var _ = test;
        var service = test.Get<NotificationService>();
        test.Email.FailuresLeft = Notification.MaxAttempts;
        var queuedAt = test.Time.GetUtcNow().UtcDateTime;
        await service.SendAsync(userId, NotificationChannel.Email, "u@example.kz", new Message("S", "B"));
        Assert.Equal(queuedAt, await service.OldestUndeliveredAsync());
        for (var i = 0; i < Notification.MaxAttempts; i++)
        {
            await service.DeliverDueAsync();
            test.Time.Advance(TimeSpan.FromDays(1));
        }
        var failed = Assert.Single(await service.ProblemsAsync());
        Assert.Equal((DeliveryStatus.Failed, "SMTP server refused"), (failed.Status, failed.LastError));
        // Given up is still undelivered: the backlog keeps its age until somebody acts.
        Assert.Equal(queuedAt, await service.OldestUndeliveredAsync());

        Assert.True(await service.RetryAsync(failed.Id));
        Assert.Equal(1, await service.DeliverDueAsync());
        Assert.Single(test.Email.Sent);
        Assert.Null(await service.OldestUndeliveredAsync());
        Assert.Empty(await service.ProblemsAsync());
    }
}
