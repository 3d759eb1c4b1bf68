using BlazorRegistry.Core.Review;

namespace BlazorRegistry.Core.Applications;

public enum HistoryAction
{
    Submitted = 1,
    Resubmitted = 2,
    Claimed = 3,
    TakenOver = 4,
    Released = 5,
    ReturnedForRevision = 6,
    Refused = 7,
    Registered = 8,
    /// <summary>The specialist confirmed the data an organisation filed about them and chose what may be published.</summary>
    ConfirmedBySpecialist = 9,
    /// <summary>The working-day calendar changed and the decision deadline with it (the comment says from which day to which).</summary>
    DeadlineRecomputed = 10,
}

/// <summary>
/// One line of an application's history: who did what, when, from which status to which, with the
/// reasons and comment of a decision. Appended by the aggregate, never changed.
/// </summary>
public sealed class ApplicationHistoryEntry
{
    public const int MaxCommentLength = 2000;

    public long Id { get; private set; }
    public int ApplicationId { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string ActorId { get; private set; } = "";
    public HistoryAction Action { get; private set; }
    public ApplicationStatus From { get; private set; }
    public ApplicationStatus To { get; private set; }
    /// <summary>A return's reasons (R1–R4); empty for every other action.</summary>
    public IReadOnlyList<ReturnReason> ReturnReasons { get => _returnReasons ?? []; private set => _returnReasons = value.Count == 0 ? null : value; }
    private IReadOnlyList<ReturnReason>? _returnReasons;
    /// <summary>A refusal's reason (F1–F4); null for every other action.</summary>
    public RefusalReason? RefusalReason { get; private set; }
    public string? Comment { get; private set; }

    private ApplicationHistoryEntry() { }

    internal ApplicationHistoryEntry(DateTime atUtc, string actorId, HistoryAction action, ApplicationStatus from,
        ApplicationStatus to, string? comment, IReadOnlyList<ReturnReason> returnReasons, RefusalReason? refusalReason)
    {
        AtUtc = atUtc;
        ActorId = actorId;
        Action = action;
        From = from;
        To = to;
        Comment = comment;
        ReturnReasons = returnReasons;
        RefusalReason = refusalReason;
    }
}
