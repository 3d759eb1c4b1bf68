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
/// (Order 21, cl. 9: the decision notice names the reasons). An outbox consumer: the notices are written
/// in the dispatcher's transaction with the event's "dispatched" mark, once per event and channel.
/// </summary>
public sealed class ApplicantNotifier(ILogger<ApplicantNotifier> logger) : IOutboxConsumer
{
    public async Task ConsumeAsync(RegistryDbContext db, OutboxMessage e, CancellationToken ct)
    {
        if (e.Kind is ApplicationEventKind.Claimed or ApplicationEventKind.Released)
            return;
        // A dispatcher that died after its commit but before noting it (another instance) must not notify twice.
        if (await db.Notifications.AnyAsync(n => n.OutboxMessageId == e.Id, ct))
            return;
        var application = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == e.ApplicationId, ct);
        var user = application is null ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == application.ApplicantId, ct);
        if (application is null || user is null)
        {
            logger.LogWarning("No applicant to notify of {Kind} on application {Id}", e.Kind, e.ApplicationId);
            return;
        }
        // Worded from the application as it is now; the event's own reference number is the one it had then.
        var message = Compose(e.Kind, application, user.PreferredLanguage);
        var (channel, address) = user.PrimaryContact;
        NotificationService.Queue(db, user.Id, channel == ContactChannel.Email ? NotificationChannel.Email : NotificationChannel.Sms, address,
            message, e.AtUtc, outboxMessageId: e.Id);
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
