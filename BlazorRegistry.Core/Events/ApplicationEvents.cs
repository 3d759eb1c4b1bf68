using System.Collections.Concurrent;
using BlazorRegistry.Core.Applications;
using Microsoft.Extensions.Logging;

namespace BlazorRegistry.Core.Events;

public enum ApplicationEventKind
{
    Submitted,
    Resubmitted,
    Claimed,
    Released,
    ReturnedForRevision,
    Refused,
    Registered,
    // The register entry after registration (the application id is the one the entry holds).
    EntryConsentChanged,
    EntryContactsChanged,
    EntryExclusionRequested,
    EntryExcluded,
    /// <summary>The entry's qualification category lapses within 90 (or 30) days: the specialist is reminded.</summary>
    EntryCategoryLapsing,
    /// <summary>An administrator changed the working-day calendar and the application's decision deadline moved with it.</summary>
    DeadlineMoved,
    // Not about one application (its id is 0): an administrator's edit every instance must hear (issue #18),
    // so each drops its cached copy at once.
    /// <summary>The reference lists (regions, professions, categories, documents, education) changed.</summary>
    ReferenceDataChanged,
    /// <summary>The working-day calendar changed (published before the deadlines it moved).</summary>
    CalendarChanged,
}

public static class ApplicationEventKinds
{
    /// <summary>An edit of what every application is read against, not a change to one application.</summary>
    public static bool IsCatalogueChange(this ApplicationEventKind kind) =>
        kind is ApplicationEventKind.ReferenceDataChanged or ApplicationEventKind.CalendarChanged;

    /// <summary>
    /// Done by staff (a claim or release, a decision, an exclusion, an edit of the calendar or the lists and the deadlines
    /// it moved), not by the applicant, the specialist or the organisation whose application or entry it is, nor by the
    /// system (a category's reminder).
    /// </summary>
    public static bool IsStaffAction(this ApplicationEventKind kind) =>
        kind is ApplicationEventKind.Claimed or ApplicationEventKind.Released or ApplicationEventKind.ReturnedForRevision
            or ApplicationEventKind.Refused or ApplicationEventKind.Registered or ApplicationEventKind.EntryExcluded
            or ApplicationEventKind.DeadlineMoved || kind.IsCatalogueChange();

    /// <summary>What changes what the public register shows.</summary>
    public static bool ChangesPublicRegister(this ApplicationEventKind kind) =>
        kind is ApplicationEventKind.Registered or ApplicationEventKind.EntryConsentChanged
            or ApplicationEventKind.EntryContactsChanged or ApplicationEventKind.EntryExcluded;
}

/// <summary>
/// Something happened to an application and was committed. Carries ids, not data: each subscriber
/// re-queries what it may see.
/// </summary>
public sealed record ApplicationEvent(
    int ApplicationId,
    string? ReferenceNumber,
    ApplicationEventKind Kind,
    ApplicationStatus Status,
    string ActorId,
    DateTime AtUtc);

/// <summary>Publishes committed changes to whoever listens (the live review board, notifications).</summary>
public interface IApplicationEvents
{
    Task PublishAsync(ApplicationEvent applicationEvent);

    /// <summary>
    /// How many events have been published so far, counted before their subscribers hear of them: a query
    /// started once this reached N sees every change announced up to N.
    /// </summary>
    long PublishedCount { get; }

    /// <summary>Subscribes; dispose the result to unsubscribe.</summary>
    IDisposable Subscribe(Func<ApplicationEvent, Task> handler);
}

/// <summary>
/// The in-process implementation: one singleton per server. A subscriber that throws is logged and does
/// not stop the others.
/// </summary>
public sealed class InProcessApplicationEvents(ILogger<InProcessApplicationEvents> logger) : IApplicationEvents
{
    private readonly ConcurrentDictionary<Guid, Func<ApplicationEvent, Task>> _handlers = new();
    private long _published;

    public long PublishedCount => Interlocked.Read(ref _published);

    public async Task PublishAsync(ApplicationEvent applicationEvent)
    {
        Interlocked.Increment(ref _published);
        foreach (var handler in _handlers.Values)
        {
            try
            {
                await handler(applicationEvent);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "A subscriber failed on {Kind} of application {Id}", applicationEvent.Kind, applicationEvent.ApplicationId);
            }
        }
    }

    public IDisposable Subscribe(Func<ApplicationEvent, Task> handler)
    {
        var id = Guid.NewGuid();
        _handlers[id] = handler;
        return new Subscription(() => _handlers.TryRemove(id, out _));
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private int _disposed;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                unsubscribe();
        }
    }
}
