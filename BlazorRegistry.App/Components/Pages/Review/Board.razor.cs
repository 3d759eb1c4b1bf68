using System.Globalization;
using BlazorRegistry.Core;
using BlazorRegistry.App.Localization;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Review;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BlazorRegistry.App.Components.Pages.Review;

/// <summary>
/// The administrators' board. It subscribes to committed application events after the first render and,
/// on each, re-runs the viewer's own query (filters, page and tab kept) in the viewer's own language.
/// </summary>
public partial class Board : IDisposable
{
    [Inject] private ReviewQueue Queue { get; set; } = default!;
    [Inject] private Core.Organisations.OrganisationService Organisations { get; set; } = default!;
    [Inject] private ReferenceDataProvider ReferenceData { get; set; } = default!;
    [Inject] private CalendarProvider Calendars { get; set; } = default!;
    [Inject] private IApplicationEvents Events { get; set; } = default!;
    [Inject] private IServiceScopeFactory Scopes { get; set; } = default!;
    [Inject] private UserManager<RegistryUser> Users { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private ILogger<Board> Logger { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    private BoardQuery query = new();
    private BoardPage? page;
    private ReferenceCatalog? catalog;
    private WorkingDayCalendar? calendar;
    private IReadOnlyDictionary<string, string> names = new Dictionary<string, string>();
    /// <summary>
    /// The application of the board's last event: its row stays marked until the next event. A mark that stands still,
    /// where a two-second flash repainted its row every frame in every open board (issue #21: the boards' browsers used a
    /// quarter less CPU without it).
    /// </summary>
    private int? lastEvent;
    private IReadOnlyList<BoardNotices.BoardNotice> notices = [];
    private long noticesShown;
    /// <summary>Verified organisations by id: the filter's list and the name beside each application one filed.</summary>
    private IReadOnlyDictionary<int, Core.Organisations.Organisation>? organisations;
    private DateOnly today;
    private string viewerId = "";
    private bool live;
    private IDisposable? subscription;

    private Language Lang { get; } = SupportedCultures.Current;

    protected override async Task OnInitializedAsync()
    {
        viewerId = Users.GetUserId((await Auth).User) ?? "";
        catalog = await ReferenceData.GetAsync();
        calendar = await Calendars.GetAsync();
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender || !RendererInfo.IsInteractive)
            return;
        // A specialist's own consent and contact changes are theirs alone: nothing on the board changes.
        subscription = Events.SubscribeOnCircuit(InvokeAsync,
            e => e.Kind is not (ApplicationEventKind.EntryConsentChanged or ApplicationEventKind.EntryContactsChanged
                or ApplicationEventKind.EntryCategoryLapsing) && !e.Kind.IsCatalogueChange(), OnApplicationEventAsync);
        live = true;
        StateHasChanged();
    }

    public async Task OnApplicationEventAsync(ApplicationEvent e)
    {
        // A calendar edit moved this deadline: the days left are counted on the edited calendar too.
        if (e.Kind == ApplicationEventKind.DeadlineMoved)
            calendar = await Calendars.GetAsync();
        await LoadAsync();
        // The server's share of the live-board latency (bench/run.sh reads it at Debug level).
        Logger.LogDebug("Board refreshed for {Number} {Milliseconds:F1} ms after the event",
            e.ReferenceNumber, (Time.GetUtcNow().UtcDateTime - e.AtUtc).TotalMilliseconds);
        lastEvent = e.ApplicationId;
        // The notice names a colleague who acted. An applicant's submission is named in its row; looking the applicant's
        // account up was a query on every open board for every submission (issue #21), and their sign-in is no colleague's name.
        var who = e.ActorId == viewerId || !e.Kind.IsStaffAction() ? null : await NameOfAsync(e.ActorId);
        var text = string.Format(T[$"BoardEvent_{e.Kind}"], e.ReferenceNumber);
        var notice = BoardNotices.BoardNotice.Of(++noticesShown, who is null ? text : $"{text} ({who})",
            e.Kind is ApplicationEventKind.Submitted or ApplicationEventKind.Resubmitted, e.AtUtc);
        notices = [notice, .. notices.Take(BoardNotices.Shown - 1)];
        StateHasChanged();
    }

    /// <summary>
    /// A tab was chosen. MudTabs also reports -1 when its panels go away as the board closes; that is no
    /// choice, and querying for it failed minutes later in the closed circuit (KeyNotFoundException '-1').
    /// </summary>
    private Task ShowTabAsync(int index) =>
        Enum.IsDefined((BoardState)index) ? ApplyAsync(query with { State = (BoardState)index, Page = 1 }) : Task.CompletedTask;

    private async Task ApplyAsync(BoardQuery next)
    {
        query = next;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        today = KazakhstanTime.Today(Time);
        page = await Queue.SearchAsync(query, viewerId, today);
        // Staff names do not change while the board is open: look up only holders not seen yet.
        var unknown = page.Rows.Select(r => r.HolderId).OfType<string>().Where(h => !names.ContainsKey(h)).Distinct().ToList();
        if (unknown.Count > 0)
            await LearnNamesAsync(unknown);
        // An organisation verified while the board is open: learn it the first time one of its applications shows.
        // (Read once, not on every event while there is none: twenty boards asking on every event cost the live board's tail.)
        if (organisations is null || page.Rows.Any(r => r.OrganisationId is { } o && !organisations.ContainsKey(o)))
            organisations = (await Organisations.VerifiedAsync()).ToDictionary(o => o.Id);
    }

    /// <summary>"«Мейірім» (БСН 070540000129)": who filed it, in the page language.</summary>
    private string OrganisationOf(int id) => organisations?.GetValueOrDefault(id) is { } o
        ? $"{(Lang == Language.Russian ? o.NameRu : o.NameKk)} ({T["Organisation_BinShort"]} {o.Bin})"
        : "";

    private async Task<string?> NameOfAsync(string id)
    {
        if (!names.ContainsKey(id))
            await LearnNamesAsync([id]);
        return names.GetValueOrDefault(id) is { Length: > 0 } name ? name : null;
    }

    /// <summary>Looks the ids up once; an id with no account (a system actor) is remembered as nameless.</summary>
    private async Task LearnNamesAsync(IReadOnlyCollection<string> ids)
    {
        var found = await NamesAsync(ids);
        var next = new Dictionary<string, string>(names);
        foreach (var id in ids)
            next[id] = found.GetValueOrDefault(id, "");
        names = next;
    }

    private async Task<IReadOnlyDictionary<string, string>> NamesAsync(IEnumerable<string?> ids)
    {
        await using var scope = Scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountService>().NamesAsync(ids);
    }

    public void Dispose() => subscription?.Dispose();
}
