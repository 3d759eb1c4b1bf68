using BlazorRegistry.Core.Notifications;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Tests.Core.Notifications;

public class NotificationServiceDelivery
{
    private static async Task<string> UserAsync(TestDatabase test)
    {
        await using var db = test.NewContext();
        var user = new BlazorRegistry.Core.Accounts.RegistryUser { UserName = "u@example.kz", Email = "u@example.kz" };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    [Fact]
    public async Task EveryMessageLandsInTheInboxAndIsQueuedForItsChannel()
    {
        await using var test = await TestDatabase.CreateAsync();
        var userId = await UserAsync(test);
        var service = test.Get<NotificationService>();
        await service.SendAsync(userId, NotificationChannel.Email, "u@example.kz", new Message("Тақырып", "Мәтін"));

        Assert.Equal(1, await service.UnreadCountAsync(userId));
        Assert.Equal(1, await service.DeliverDueAsync());
        Assert.Equal([("u@example.kz", "Тақырып", "Мәтін")], test.Email.Sent);
        await service.MarkAllReadAsync(userId);
        Assert.Equal(0, await service.UnreadCountAsync(userId));
    }

    [Fact]
    public async Task AFailedSendIsRetriedLaterNotLost()
    {
        await using var test = await TestDatabase.CreateAsync();
        var userId = await UserAsync(test);
        var service = test.Get<NotificationService>();
        test.Email.FailuresLeft = 2;
        await service.SendAsync(userId, NotificationChannel.Email, "u@example.kz", new Message("S", "B"));

        await service.DeliverDueAsync();
        Assert.Empty(test.Email.Sent);
        Assert.Equal(0, await service.DeliverDueAsync()); // not due again before 10 s
        test.Time.Advance(TimeSpan.FromSeconds(10));
        await service.DeliverDueAsync(); // second failure: next try in 30 s
        test.Time.Advance(TimeSpan.FromSeconds(30));
        await service.DeliverDueAsync();
        Assert.Single(test.Email.Sent);

        await using var db = test.NewContext();
        var delivered = await db.Notifications.SingleAsync(n => n.Channel == NotificationChannel.Email);
        Assert.Equal((DeliveryStatus.Sent, 3, null), (delivered.Status, delivered.Attempts, delivered.LastError));
    }

    [Fact]
    public async Task GivesUpAfterTheLastAttemptAndKeepsTheError()
    {
        await using var test = await TestDatabase.CreateAsync();
        var userId = await UserAsync(test);
        var service = test.Get<NotificationService>();
        test.Email.FailuresLeft = int.MaxValue;
        await service.SendAsync(userId, NotificationChannel.Email, "u@example.kz", new Message("S", "B"));
        for (var i = 0; i < Notification.MaxAttempts; i++)
        {
            await service.DeliverDueAsync();
            test.Time.Advance(TimeSpan.FromDays(1));
        }
        await using var db = test.NewContext();
        var failed = await db.Notifications.SingleAsync(n => n.Channel == NotificationChannel.Email);
        Assert.Equal((DeliveryStatus.Failed, Notification.MaxAttempts), (failed.Status, failed.Attempts));
        Assert.Equal("SMTP server refused", failed.LastError);
    }

    [Fact]
    public async Task ASecretIsDroppedAfterDeliveryAndTheInboxKeepsOnlyANote()
    {
        await using var test = await TestDatabase.CreateAsync();
        var userId = await UserAsync(test);
        var service = test.Get<NotificationService>();
        await service.SendSecretAsync(userId, NotificationChannel.Email, "u@example.kz", new Message("Код", "Код: 123456"),
            new Message("Код", "Код жіберілді"), test.Time.GetUtcNow().UtcDateTime.AddMinutes(5), noteLapsesWithSecret: true);
        await service.DeliverDueAsync();
        Assert.Equal([("u@example.kz", "Код", "Код: 123456")], test.Email.Sent);

        await using var db = test.NewContext();
        Assert.All(await db.Notifications.ToListAsync(), n => Assert.DoesNotContain("123456", n.Body));
        Assert.Equal("Код жіберілді", (await service.InboxAsync(userId)).Single().Body);
        Assert.Equal(1, await service.UnreadCountAsync(userId));

        // Once the code has lapsed, the note about it leaves the inbox and the unread count; a note that lives on
        // (a reset code was asked for: the holder's sign that somebody asked) stays.
        await service.SendSecretAsync(userId, NotificationChannel.Email, "u@example.kz", new Message("Код", "Код: 654321"),
            new Message("Құпиясөз", "Құпиясөзді өзгерту коды сұралды"), test.Time.GetUtcNow().UtcDateTime.AddMinutes(5));
        test.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal("Құпиясөзді өзгерту коды сұралды", Assert.Single(await service.InboxAsync(userId)).Body);
        Assert.Equal(1, await service.UnreadCountAsync(userId));
    }

    [Fact]
    public async Task AnExpiredSecretIsNeverSentLate()
    {
        await using var test = await TestDatabase.CreateAsync();
        var userId = await UserAsync(test);
        var service = test.Get<NotificationService>();
        test.Email.FailuresLeft = 3;
        await service.SendSecretAsync(userId, NotificationChannel.Email, "u@example.kz", new Message("Код", "Код: 123456"),
            new Message("Код", "Код жіберілді"), test.Time.GetUtcNow().UtcDateTime.AddMinutes(5));
        for (var i = 0; i < 5; i++)
        {
            await service.DeliverDueAsync();
            test.Time.Advance(TimeSpan.FromMinutes(2));
        }
        Assert.Empty(test.Email.Sent);
        await using var db = test.NewContext();
        var expired = await db.Notifications.SingleAsync(n => n.Channel == NotificationChannel.Email);
        Assert.Equal((DeliveryStatus.Expired, ""), (expired.Status, expired.Body));
    }

    [Fact]
    public async Task SmsGoesToTheOutbox()
    {
        await using var test = await TestDatabase.CreateAsync();
        var userId = await UserAsync(test);
        var service = test.Get<NotificationService>();
        await service.SendAsync(userId, NotificationChannel.Sms, "+77012345678", new Message("S", "Код: 123456"));
        await service.DeliverDueAsync();
        var sms = Assert.Single(await test.Get<OutboxSmsGateway>().LatestAsync(10));
        // Core's default is the one outside Development: nobody reads this table, so the code is masked.
        Assert.Equal(("+77012345678", "Код: ••••••"), (sms.Phone, sms.Text));
    }
}
