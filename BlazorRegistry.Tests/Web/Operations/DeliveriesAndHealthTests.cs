using System.Net;
using System.Text.Json;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Notifications;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Web.Operations;

/// <summary>Issue #14, points 3 and 8: /admin/deliveries, /health's backlog, /health/live and /health/ready.</summary>
public class DeliveriesAndHealth(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    [Fact]
    public async Task AnAdministratorSeesAFailedMessageWithItsReasonAndRetriesIt()
    {
        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator, language: "ru");
        var id = await FailedDeliveries.GaveUpAsync(app.Services, app.Time, admin.Id, "Ваша заявка RS-TEST-1");
        var visitor = await AppAccounts.SignInAsync(app, admin, "ru-RU");

        var page = await visitor.GetAsync("/admin/deliveries");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Недоставленные сообщения", page.Text);
        Assert.Contains("Ваша заявка RS-TEST-1", page.Text);
        Assert.Contains("5.1.1 mailbox unavailable", page.Text);
        Assert.Contains("Не доставлено", page.Text);

        var after = await visitor.PostFormAsync(page, $"/admin/deliveries/{id}/retry");
        Assert.Contains("поставлено в очередь на повторную отправку", after.Text);
        // The e-mail worker wakes and the real SMTP sink receives it.
        await app.Smtp.WaitForMessageAsync("nobody@example.kz");
        // The worker records "sent" once the server has taken the message: the sink may see it a moment before.
        var factory = app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>();
        var status = DeliveryStatus.Pending;
        for (var i = 0; i < 100 && status != DeliveryStatus.Sent; i++)
        {
            await using var db = await factory.CreateDbContextAsync();
            status = (await db.Notifications.SingleAsync(n => n.Id == id)).Status;
            if (status != DeliveryStatus.Sent)
                await Task.Delay(50);
        }
        Assert.Equal(DeliveryStatus.Sent, status);
    }

    [Fact]
    public async Task OnlyAdministratorsSeeTheDeliveries()
    {
        var applicant = await AppAccounts.CreateAsync(app, Roles.Applicant);
        var visitor = await AppAccounts.SignInAsync(app, applicant);
        var page = await visitor.GetAsync("/admin/deliveries");
        Assert.StartsWith("/account/access-denied", page.Url);
        var retry = await visitor.RawPostAsync("/admin/deliveries/1/retry", []);
        Assert.False(retry.Headers.Location?.OriginalString.StartsWith("/admin/deliveries") == true, retry.StatusCode.ToString());
    }

    [Fact]
    public async Task LiveAsksNothingAndReadyChecksTheDatabaseTheBacklogAndTheDataDirectory()
    {
        var client = app.CreateClient();
        var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        using (var body = JsonDocument.Parse(await live.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)))
            Assert.Empty(body.RootElement.GetProperty("checks").EnumerateObject());

        var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        using var readyBody = JsonDocument.Parse(await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var checks = readyBody.RootElement.GetProperty("checks");
        foreach (var name in new[] { "database", "disk", "delivery", "outbox", "data-directory" })
            Assert.True(checks.TryGetProperty(name, out _), name);
        Assert.Equal("Healthy", checks.GetProperty("data-directory").GetProperty("status").GetString());
    }

    [Fact]
    public async Task HealthIsDegradedWhenTheOldestUndeliveredMessageIsTooOld()
    {
        var user = await AppAccounts.CreateAsync(app, Roles.Applicant);
        var client = app.CreateClient();
        // 20 minutes old, retried in 10 s of the test's clock, which does not move: over the 15-minute limit.
        var id = await FailedDeliveries.RetryingAsync(app.Services, app.Time, user.Id, "S", TimeSpan.FromMinutes(20));
        try
        {
            var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal("Degraded", body.RootElement.GetProperty("status").GetString());
            Assert.Equal("Degraded", body.RootElement.GetProperty("checks").GetProperty("delivery").GetProperty("status").GetString());
        }
        finally
        {
            await using var db = await app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
            await db.Notifications.Where(n => n.Id == id).ExecuteDeleteAsync();
        }
    }

    [Fact]
    public async Task AnEventSetAsideAfterFailingIsShownDegradesReadinessAndIsRetriedByAnAdministrator()
    {
        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator, language: "ru");
        var factory = app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>();
        long id;
        await using (var db = await factory.CreateDbContextAsync())
        {
            // As the dispatcher leaves a row after its eighth failure.
            var now = app.Time.GetUtcNow().UtcDateTime;
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "Outbox" ("Kind", "ApplicationId", "ReferenceNumber", "Status", "ActorId", "AtUtc", "Attempts", "LastError", "SetAsideAtUtc")
                VALUES ('Registered', 987654, 'RS-TEST-EVT', 'Registered', 'admin', {now}, 8, 'InvalidOperationException: a template is missing', {now})
                """);
            id = await db.Outbox.Where(m => m.ReferenceNumber == "RS-TEST-EVT").Select(m => m.Id).SingleAsync();
        }
        try
        {
            var client = app.CreateClient();
            using (var ready = JsonDocument.Parse(await client.GetStringAsync("/health/ready", TestContext.Current.CancellationToken)))
                Assert.Equal("Degraded", ready.RootElement.GetProperty("checks").GetProperty("outbox").GetProperty("status").GetString());

            var visitor = await AppAccounts.SignInAsync(app, admin, "ru-RU");
            var page = await visitor.GetAsync("/admin/deliveries");
            Assert.Contains("События, по которым не созданы уведомления", page.Text);
            Assert.Contains("Включено в реестр", page.Text);
            Assert.Contains("RS-TEST-EVT", page.Text);
            Assert.Contains("a template is missing", page.Text);

            var after = await visitor.PostFormAsync(page, $"/admin/deliveries/events/{id}/retry");
            Assert.Contains("Событие отправлено на повторную обработку.", after.Text);
            await using var check = await factory.CreateDbContextAsync();
            Assert.Null((await check.Outbox.SingleAsync(m => m.Id == id)).SetAsideAtUtc);
        }
        finally
        {
            await using var db = await factory.CreateDbContextAsync();
            await db.Outbox.Where(m => m.Id == id).ExecuteDeleteAsync();
        }
    }
}

/// <summary>Issue #14, point 8: a failing check makes /health/ready answer 503, so an orchestrator stops sending traffic.</summary>
public class HealthWhenTheDiskIsFull(HealthWhenTheDiskIsFull.Factory app) : IClassFixture<HealthWhenTheDiskIsFull.Factory>
{
    public sealed class Factory : RegistryAppFactory
    {
        // More free space than any disk has: the check must fail.
        protected override IEnumerable<(string Key, string Value)> Settings => [("Registry:Health:MinimumFreeDiskBytes", long.MaxValue.ToString())];
    }

    [Fact]
    public async Task ReadyAnswers503AndNamesTheDiskWhileLiveStaysUp()
    {
        var client = app.CreateClient();
        var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("checks").GetProperty("disk").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);
    }
}
