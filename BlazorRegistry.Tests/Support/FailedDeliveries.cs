using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Support;

/// <summary>Messages that the mail server refused, written straight into a running app's database.</summary>
public static class FailedDeliveries
{
    /// <summary>An e-mail that failed every attempt (Status Failed), queued <paramref name="age"/> ago.</summary>
    public static Task<long> GaveUpAsync(IServiceProvider services, TimeProvider time, string userId, string subject) =>
        AddAsync(services, time, userId, subject, TimeSpan.FromHours(7), Notification.MaxAttempts);

    /// <summary>An e-mail still being retried, its first try <paramref name="age"/> ago.</summary>
    public static Task<long> RetryingAsync(IServiceProvider services, TimeProvider time, string userId, string subject, TimeSpan age) =>
        AddAsync(services, time, userId, subject, age, 1);

    private static async Task<long> AddAsync(IServiceProvider services, TimeProvider time, string userId, string subject, TimeSpan age, int failures)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var n = Notification.Create(userId, NotificationChannel.Email, "nobody@example.kz", subject, "B", now - age);
        for (var i = 0; i < failures; i++)
            n.DeliveryFailed("5.1.1 mailbox unavailable", now);
        db.Notifications.Add(n);
        await db.SaveChangesAsync();
        return n.Id;
    }
}
