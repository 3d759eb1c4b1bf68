using System.Globalization;
using BlazorRegistry.Core;
using BlazorRegistry.App.Localization;
using BlazorRegistry.App.Security;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Audit;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Review;
using BlazorRegistry.Core.Rules;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using MudBlazor;

namespace BlazorRegistry.App.Components.Pages.Review;

/// <summary>One application as the administrator reviews it: sections, hints, history, and the decisions.</summary>
public partial class ApplicationReview : IDisposable
{
    [Inject] private ReviewService Review { get; set; } = default!;
    [Inject] private AuditLog Audit { get; set; } = default!;
    [Inject] private ClientAddress Address { get; set; } = default!;
    [Inject] private ReferenceDataProvider ReferenceData { get; set; } = default!;
    [Inject] private CalendarProvider Calendars { get; set; } = default!;
    [Inject] private IApplicationEvents Events { get; set; } = default!;
    [Inject] private IServiceScopeFactory Scopes { get; set; } = default!;
    [Inject] private UserManager<RegistryUser> Users { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private ErrorMessages Errors { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    [Parameter] public int Id { get; set; }

    private Application? application;
    private ReferenceCatalog? catalog;
    private WorkingDayCalendar? calendar;
    private IReadOnlyList<AuditEntry> audit = [];
    private IReadOnlyList<IinMatch> sameIin = [];
    private IReadOnlyDictionary<string, string> names = new Dictionary<string, string>();
    private string viewerId = "";
    private Language? applicantLanguage;
    private string? notice;
    private bool notFound;
    private IDisposable? subscription;

    private DateOnly Today => KazakhstanTime.Today(Time);

    protected override async Task OnInitializedAsync()
    {
        // The prerendered page carries no personal data: it is loaded, and the opening audited, once the
        // live connection is up, so a page view is one audit line and no HTML copy escapes the audit.
        if (!RendererInfo.IsInteractive)
            return;
        var user = (await Auth).User;
        viewerId = Users.GetUserId(user) ?? "";
        catalog = await ReferenceData.GetAsync();
        calendar = await Calendars.GetAsync();
        application = await Review.OpenAsync(Id, Address.Of(user));
        notFound = application is null;
        await LoadSideDataAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender || !RendererInfo.IsInteractive)
            return;
        subscription = Events.SubscribeOnCircuit(InvokeAsync, e => e.ApplicationId == Id && e.ActorId != viewerId, async e =>
        {
            await ReloadAsync();
            notice = Describe(e.Kind, e.ActorId);
            StateHasChanged();
        });
    }

    /// <summary>Runs a claim, release or decision; when someone else got there first, says who did what and refreshes.</summary>
    private async Task MoveAsync(Func<ReviewService, string, Task<Result<Application>>> move)
    {
        var result = await move(Review, viewerId);
        if (result.Succeeded)
        {
            application = result.Value;
            notice = null;
            await LoadSideDataAsync();
            Snackbar.Add(T[$"Status_{application!.Status}"], Severity.Success);
            return;
        }
        await ReloadAsync();
        var last = application?.History.LastOrDefault();
        notice = result.Errors[0].Code is ErrorCode.NotTheHolder or ErrorCode.IllegalStatusMove or ErrorCode.ConcurrencyConflict && last is not null && last.ActorId != viewerId
            ? Describe(last.Action, last.ActorId, last.AtUtc)
            : Errors[result.Errors[0]];
    }

    private async Task ReloadAsync()
    {
        application = await Review.ReloadAsync(Id);
        await LoadSideDataAsync();
    }

    private async Task LoadSideDataAsync()
    {
        if (application is null)
            return;
        audit = await Audit.OfApplicationAsync(Id);
        sameIin = await Review.SameIinAsync(application);
        await using var scope = Scopes.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        applicantLanguage = await accounts.LanguageOfAsync(application.ApplicantId);
        names = await accounts.NamesAsync(application.History.Select(h => h.ActorId).Concat(audit.Select(a => a.ActorId)).Append(application.HolderId));
    }

    private string Name(string id) => names.GetValueOrDefault(id, id);

    private string Describe(ApplicationEventKind kind, string actorId) =>
        string.Format(T["Review_ChangedBy"], Name(actorId), T[$"BoardEvent_{kind}"].Value.Replace("{0}", application?.ReferenceNumber ?? ""));

    private string Describe(HistoryAction action, string actorId, DateTime atUtc) =>
        string.Format(T["Review_AlreadyDone"], Name(actorId), T[$"History_{action}"], KazakhstanTime.ToLocal(atUtc).ToString("t", CultureInfo.CurrentCulture));

    private sealed record HistoryLine(DateTime At, string What, string Who, string? Detail);

    private IEnumerable<HistoryLine> HistoryLines()
    {
        var decisions = application!.History.Select(h => new HistoryLine(h.AtUtc, T[$"History_{h.Action}"], Name(h.ActorId),
            string.Join(" ", Reasons(h).Append(h.Comment).Where(s => !string.IsNullOrEmpty(s)))));
        var views = audit.Select(a => new HistoryLine(a.AtUtc, T[$"Audit_{a.Action}"], Name(a.ActorId), null));
        return decisions.Concat(views).OrderBy(l => l.At);
    }

    private IEnumerable<string?> Reasons(ApplicationHistoryEntry entry) =>
        entry.RefusalReason is { } refusal ? [T.Label(refusal) + "."] : entry.ReturnReasons.Select(r => T.Label(r) + ".");

    public void Dispose() => subscription?.Dispose();
}
