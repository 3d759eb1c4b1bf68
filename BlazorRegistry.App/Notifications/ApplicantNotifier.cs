using BlazorRegistry.App.Localization;
using BlazorRegistry.Core;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Notifications;
using BlazorRegistry.Core.Review;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.App.Notifications;

/// <summary>
/// Tells the applicant, in their own language, that the application arrived and what was decided
/// (Order 21, cl. 9: the decision notice names the reasons). Listens to committed application events.
/// </summary>
public sealed class ApplicantNotifier(IApplicationEvents events, IDbContextFactory<RegistryDbContext> factory,
    NotificationService notifications, ILogger<ApplicantNotifier> logger) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken ct)
    {
        _subscription = events.Subscribe(OnEventAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    private async Task OnEventAsync(ApplicationEvent e)
    {
        if (e.Kind is ApplicationEventKind.Claimed or ApplicationEventKind.Released)
            return;
        await using var db = await factory.CreateDbContextAsync();
        var application = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == e.ApplicationId);
        var user = application is null ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == application.ApplicantId);
        if (application is null || user is null)
        {
            logger.LogWarning("No applicant to notify of {Kind} on application {Id}", e.Kind, e.ApplicationId);
            return;
        }
        var message = Compose(e.Kind, application, user.PreferredLanguage);
        var (channel, address) = user.PrimaryContact;
        await notifications.SendAsync(user.Id, channel == ContactChannel.Email ? NotificationChannel.Email : NotificationChannel.Sms, address, message);
    }

    public static Message Compose(ApplicationEventKind kind, Application a, Language language)
    {
        string T(string key, params object[] args) => MessageTexts.Text(key, language, args);
        var number = a.ReferenceNumber ?? "";
        var culture = Localization.SupportedCultures.CultureOf(language);
        return kind switch
        {
            ApplicationEventKind.Submitted or ApplicationEventKind.Resubmitted => new Message(
                T("Message_Submitted_Subject", number),
                T("Message_Submitted_Body", number, a.DecisionDeadline?.ToString("D", culture) ?? "")),
            ApplicationEventKind.ReturnedForRevision => new Message(
                T("Message_Returned_Subject", number),
                T("Message_Returned_Body", number,
                    string.Join("\n", a.ReturnReasons.Select(r => ReasonTexts.Label(r, key => T(key)))), a.DecisionComment ?? "")),
            ApplicationEventKind.Refused => new Message(
                T("Message_Refused_Subject", number),
                T("Message_Refused_Body", number,
                    a.RefusalReason is { } f ? ReasonTexts.Label(f, key => T(key)) : "", a.DecisionComment ?? "")),
            ApplicationEventKind.Registered => new Message(
                T("Message_Registered_Subject", number),
                T("Message_Registered_Body", number, Core.Calendar.KazakhstanTime.DateOf(a.DecidedAtUtc ?? DateTime.UtcNow).ToString("D", culture))),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }
}
