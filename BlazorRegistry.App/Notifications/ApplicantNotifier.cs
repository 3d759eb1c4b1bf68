using BlazorRegistry.App.Localization;
using BlazorRegistry.Core;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Notifications;
using BlazorRegistry.Core.Register;
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
        // The specialist's own changes to their entry need no notice: they made them and saw them applied.
        if (e.Kind is ApplicationEventKind.Claimed or ApplicationEventKind.Released or ApplicationEventKind.DeadlineMoved or ApplicationEventKind.EntryConsentChanged
            or ApplicationEventKind.EntryContactsChanged or ApplicationEventKind.EntryExclusionRequested || e.Kind.IsCatalogueChange())
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
        var message = e.Kind switch
        {
            ApplicationEventKind.EntryExcluded => ComposeExclusion(await EntryOfAsync(db, application, ct), user.PreferredLanguage),
            ApplicationEventKind.EntryCategoryLapsing => ComposeCategoryLapsing(await EntryOfAsync(db, application, ct),
                await Core.ReferenceData.ReferenceCatalog.LoadAsync(db, ct), user.PreferredLanguage),
            _ => Compose(e.Kind, application, user.PreferredLanguage),
        };
        var (channel, address) = user.PrimaryContact;
        NotificationService.Queue(db, user.Id, channel == ContactChannel.Email ? NotificationChannel.Email : NotificationChannel.Sms, address,
            message, e.AtUtc, outboxMessageId: e.Id);
        if (application.OrganisationId is { } organisationId && e.Kind is ApplicationEventKind.Submitted or ApplicationEventKind.Resubmitted
                or ApplicationEventKind.ReturnedForRevision or ApplicationEventKind.Refused or ApplicationEventKind.Registered)
            await NotifyOrganisationAsync(db, e, application, organisationId, ct);
    }

    /// <summary>
    /// Issue #16: what the organisation filed is decided, so its people hear it too: each in their inbox in their
    /// own language, and the organisation's contact e-mail once, in the language of its first administrator.
    /// The specialist is named, since an organisation files for many.
    /// </summary>
    private static async Task NotifyOrganisationAsync(RegistryDbContext db, OutboxMessage e, Application application, int organisationId, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == organisationId, ct);
        // A member filing for themselves already has the specialist's notice.
        var members = await db.OrganisationMembers.AsNoTracking().Where(m => m.OrganisationId == organisationId && m.UserId != application.ApplicantId)
            .OrderBy(m => m.Role).ThenBy(m => m.AddedAtUtc)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.PreferredLanguage }).ToListAsync(ct);
        for (var i = 0; i < members.Count; i++)
        {
            var language = members[i].PreferredLanguage;
            var notice = Compose(e.Kind, application, language);
            var forOrganisation = new Message(
                MessageTexts.Text("Message_ForOrganisation_Subject", language, application.Personal.FullName, notice.Subject),
                MessageTexts.Text("Message_ForOrganisation_Body", language, application.Personal.FullName, notice.Body));
            NotificationService.Queue(db, members[i].Id, i == 0 ? NotificationChannel.Email : NotificationChannel.InApp,
                organisation.Contact.Email ?? "", forOrganisation, e.AtUtc, outboxMessageId: e.Id);
        }
    }

    private static Task<RegisterEntry> EntryOfAsync(RegistryDbContext db, Application application, CancellationToken ct) =>
        db.RegisterEntries.AsNoTracking().FirstAsync(x => x.ApplicantId == application.ApplicantId, ct);

    /// <summary>The reminder that the current category lapses: which one, on which day, and what to do.</summary>
    public static Message ComposeCategoryLapsing(RegisterEntry entry, Core.ReferenceData.ReferenceCatalog catalog, Language language)
    {
        string T(string key, params object[] args) => MessageTexts.Text(key, language, args);
        var category = catalog.Category(entry.CurrentCategoryId);
        var lapses = category?.LapsesOn(entry.CurrentCategoryAssignedOn) is { } on ? DateWords.Format(on, language, DateCase.Locative) : "";
        return new Message(
            T("Message_CategoryLapsing_Subject", entry.Number, lapses),
            T("Message_CategoryLapsing_Body", category?.Name(language) ?? "", lapses),
            T("Sms_CategoryLapsing", lapses));
    }

    /// <summary>The exclusion notice: from which day and why, in the specialist's language.</summary>
    public static Message ComposeExclusion(Core.Register.RegisterEntry entry, Language language)
    {
        string T(string key, params object[] args) => MessageTexts.Text(key, language, args);
        var reason = entry.ExclusionReason is { } r ? ReasonTexts.Label(r, key => T(key)) : "";
        return new Message(
            T("Message_Excluded_Subject", entry.Number),
            T("Message_Excluded_Body", entry.Number, entry.ExcludedOn is { } on ? DateWords.Format(on, language, DateCase.Ablative) : "",
                reason, entry.ExclusionComment ?? ""),
            T("Sms_Excluded", entry.Number));
    }

    public static Message Compose(ApplicationEventKind kind, Application a, Language language)
    {
        string T(string key, params object[] args) => MessageTexts.Text(key, language, args);
        var number = a.ReferenceNumber ?? "";
        return kind switch
        {
            ApplicationEventKind.Submitted or ApplicationEventKind.Resubmitted => Submitted(a.DecisionDeadline is { } deadline
                ? DateWords.Format(deadline, language, DateCase.Dative) : ""),
            ApplicationEventKind.ReturnedForRevision => new Message(
                T("Message_Returned_Subject", number),
                T("Message_Returned_Body", number,
                    string.Join("\n", a.ReturnReasons.Select(r => ReasonTexts.Label(r, key => T(key)))), a.DecisionComment ?? ""),
                T("Sms_Returned", number)),
            ApplicationEventKind.Refused => new Message(
                T("Message_Refused_Subject", number),
                T("Message_Refused_Body", number,
                    a.RefusalReason is { } f ? ReasonTexts.Label(f, key => T(key)) : "", a.DecisionComment ?? ""),
                T("Sms_Refused", number)),
            ApplicationEventKind.Registered => Registered(DateWords.Format(
                Core.Calendar.KazakhstanTime.DateOf(a.DecidedAtUtc ?? DateTime.UtcNow), language, DateCase.Locative)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        Message Submitted(string deadline) =>
            new(T("Message_Submitted_Subject", number), T("Message_Submitted_Body", number, deadline), T("Sms_Submitted", number, deadline));

        Message Registered(string on) =>
            new(T("Message_Registered_Subject", number), T("Message_Registered_Body", number, on), T("Sms_Registered", number, on));
    }
}
