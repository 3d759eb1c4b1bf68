using BlazorRegistry.Core.Notifications;

namespace BlazorRegistry.App.Notifications;

/// <summary>How messages leave the app: e-mail through MailKit, the delivery loop, and the applicant's notices.</summary>
public static class NotificationsSetup
{
    public static IServiceCollection AddRegistryNotifications(this IServiceCollection services)
    {
        services.AddSingleton<IEmailTransport, MailKitEmailTransport>();
        services.AddHostedService<NotificationDeliveryLoop>();
        services.AddHostedService<ApplicantNotifier>();
        return services;
    }
}
