using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Notifications;

namespace BlazorRegistry.App.Notifications;

/// <summary>
/// How messages leave the app: the outbox dispatcher (the applicant's notices, the live boards), e-mail
/// through MailKit, and one delivery worker per channel.
/// </summary>
public static class NotificationsSetup
{
    public static IServiceCollection AddRegistryNotifications(this IServiceCollection services)
    {
        services.AddSingleton<IEmailTransport, MailKitEmailTransport>();
        services.AddSingleton<IOutboxConsumer, ApplicantNotifier>();
        services.AddHostedService<OutboxDispatchLoop>();
        services.AddHostedService<CategoryReminderLoop>();
        foreach (var channel in new[] { NotificationChannel.Sms, NotificationChannel.Email })
            services.AddSingleton<IHostedService>(sp => new NotificationDeliveryLoop(channel,
                sp.GetRequiredService<NotificationService>(), sp.GetRequiredService<ILogger<NotificationDeliveryLoop>>()));
        return services;
    }
}
