using System.Globalization;
using BlazorRegistry.Core;
using BlazorRegistry.App.Localization;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Files;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Rules;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;

namespace BlazorRegistry.App.Components.Pages.Apply;

public enum SaveState { Saved, Pending, Saving, Failed }

/// <summary>
/// The application wizard. It owns the draft as last saved, saves each change about a second after the
/// applicant stops typing (and at once when they change step), and tells the steps what is still missing.
/// Steps reach it as a cascading value and never touch the database themselves.
/// </summary>
public partial class Apply : IAsyncDisposable
{
    private static readonly TimeSpan AutosaveDelay = TimeSpan.FromMilliseconds(800);

    /// <summary>The wizard as text fields reach it: a fixed cascade, so it re-renders no field (TextField says why).</summary>
    public const string FieldsCascade = "WizardForFields";

    [Inject] private ApplicationService Applications { get; set; } = default!;
    [Inject] private ReferenceDataProvider ReferenceData { get; set; } = default!;
    [Inject] private CalendarProvider Calendars { get; set; } = default!;
    [Inject] private FileStore Files { get; set; } = default!;
    [Inject] private UserManager<RegistryUser> Users { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private ErrorMessages Errors { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    [Parameter] public int? Step { get; set; }
    /// <summary>An organisation's draft for one of its specialists (/organisation/applications/{id}); none: the applicant's own.</summary>
    [Parameter] public int? ApplicationId { get; set; }

    private Application? application;
    private ApplicationCompleteness? completeness;
    private ReferenceCatalog? catalog;
    private WorkingDayCalendar? calendar;
    private string userId = "";
    private SaveState saveState = SaveState.Saved;
    private int generation;
    private readonly HashSet<ApplicationSection> shownSections = [];
    /// <summary>The text field the applicant is typing in: its errors wait until they leave it.</summary>
    private string? typingIn;
    private readonly SemaphoreSlim saveGate = new(1, 1);
    private PendingChange? pendingSave;
    /// <summary>The version the database holds: the screen's copy runs ahead of it while a change waits to be saved.</summary>
    private Guid savedVersion;
    private Timer? autosaveTimer;
    private bool disposed;
    private int confirmedSaves;
    private int stepShown;
    private bool notFound;

    public Application Application => application!;
    public ReferenceCatalog Catalog => catalog!;
    public ApplicationCompleteness Completeness => completeness!;
    public WorkingDayCalendar Calendar => calendar!;
    public RegistryUser? User { get; private set; }
    public Language Language { get; } = SupportedCultures.Current;
    public DateOnly Today => KazakhstanTime.Today(Time);
    /// <summary>The decision deadline a submission made now would get (Rules cl. 9).</summary>
    public DateOnly DeadlineIfSubmittedNow => Calendar.DecisionDeadline(Time.GetUtcNow().UtcDateTime);
    public int CurrentStep => WizardStep.At(Step ?? application?.LastStep ?? 1).Number;

    /// <summary>Who fills the wizard in: the specialist, or one of the filing organisation's people.</summary>
    public string UserId => userId;

    /// <summary>One of the organisation's people fills it, not the specialist it is about: the consent is not theirs to give.</summary>
    public bool FillsForSpecialist => application is { IsFiledByOrganisation: true } a && a.ApplicantId != userId;

    /// <summary>Filled in by the organisation's people for their specialist, not by the specialist themselves.</summary>
    public bool ForOrganisation => ApplicationId is not null;

    /// <summary>Where a step of this wizard lives: /apply/3, or /organisation/applications/41/3.</summary>
    public string StepHref(WizardStep step) => step.HrefIn(ApplicationId is { } id ? $"/organisation/applications/{id}" : "/apply");

    protected override async Task OnInitializedAsync()
    {
        userId = Users.GetUserId((await Auth).User)!;
        User = await Users.FindByIdAsync(userId);
        catalog = await ReferenceData.GetAsync();
        calendar = await Calendars.GetAsync();
        if (ApplicationId is { } id)
        {
            // Only the specialist and the filing organisation's people get it (ApplicationAccess); anyone else: not found.
            var filed = await Applications.LoadOwnAsync(id, userId);
            if (filed is null)
                notFound = true;
            else
                Accept(filed);
            return;
        }
        var draft = await Applications.GetOrStartDraftAsync(userId);
        // A new draft starts with what sign-up already knows: the confirmed phone or e-mail.
        if (draft.Contacts == ContactData.Empty && draft.Status.IsEditable() && User is not null)
        {
            var saved = await Applications.SaveContactsAsync(draft.Id, userId, draft.Version,
                new ContactData(User.PhoneNumber, User.Email), draft.Address);
            draft = saved.Value ?? draft;
        }
        Accept(draft);
    }

    protected override async Task OnParametersSetAsync()
    {
        if (application is null || !application.Status.IsEditable())
            return;
        await FlushAsync();
        if (application.LastStep != CurrentStep)
            await SaveNowAsync(version => Applications.SaveStepAsync(application.Id, userId, version, CurrentStep));
    }

    public string StepTitle(int step) => T[WizardStep.At(step).TitleKey];

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (application is null || stepShown == CurrentStep)
            return;
        // A move between steps keeps the page (and its h1): focus goes to the new step's heading. Not on the
        // first showing, where the page-level focus on navigation already applies.
        var moved = stepShown != 0;
        stepShown = CurrentStep;
        if (moved)
            await JS.InvokeVoidAsync("registry.focus", "step-title");
    }

    /// <summary>
    /// Errors to show for a field: once the applicant has changed it, or after they tried to move on; never
    /// while they are still typing in it (an IIN is not "too short" after its first digit). A choice or a date
    /// shows its error as soon as it is made.
    /// </summary>
    public string? ErrorFor(ApplicationSection section, string field, bool touched)
    {
        if ((!touched && !shownSections.Contains(section)) || typingIn == WizardStep.FieldId(field))
            return null;
        var errors = Completeness.ErrorsIn(section).Where(e => e.Field == field).ToList();
        return errors.Count == 0 ? null : string.Join(" ", errors.Select(e => Errors[e]));
    }

    /// <summary>
    /// The problems of a section the applicant tried to leave, each with the id of its field (null: the section
    /// as a whole, such as "add at least one record"): "Білімі туралы 1-мәлімет, Оқу орнының атауы: …".
    /// </summary>
    public IReadOnlyList<(string Text, string? FieldId)> ProblemsShown(ApplicationSection section) =>
        shownSections.Contains(section)
            ? Completeness.ErrorsIn(section).Select(e => (Describe(e), e.Field is null ? null : WizardStep.FieldId(e.Field))).Distinct().ToList()
            : [];

    private string Describe(RuleError error)
    {
        if (error.Field is null)
            return Errors[error];
        // "Education[0].Institution": the record's name and the field's label; "Surname": the label alone.
        var match = System.Text.RegularExpressions.Regex.Match(error.Field, @"^(?:(\w+)\[(\d+)\]\.)?(\w+?)(?:Id)?$");
        var label = T[$"Field_{match.Groups[3].Value}"];
        var record = match.Groups[1].Success ? T[$"{match.Groups[1].Value.TrimEnd('s')}_Record"] : null;
        var parts = new List<string>();
        if (record is { ResourceNotFound: false })
            parts.Add(string.Format(record.Value, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) + 1));
        if (!label.ResourceNotFound)
            parts.Add(label.Value);
        return parts.Count == 0 ? Errors[error] : $"{string.Join(", ", parts)}: {Errors[error]}";
    }

    public bool IsShown(ApplicationSection section) => shownSections.Contains(section);

    /// <summary>The applicant types in a text field (by its input id): its errors wait.</summary>
    public void Typing(string inputId) => typingIn = inputId;

    /// <summary>The applicant left a text field: its errors, if any, show now.</summary>
    public void FieldLeft(string inputId)
    {
        if (typingIn != inputId)
            return;
        typingIn = null;
        StateHasChanged();
    }

    /// <summary>A change waiting to be saved, and the same change made to the screen's copy.</summary>
    private sealed record PendingChange(Func<Guid, Task<Result<Application>>> Save, Action<Application, DateTime> Preview);

    /// <summary>
    /// Queues a save of the latest state of a section (the newest change wins) and applies
    /// <paramref name="preview"/>, the same domain method the save calls, to the screen's copy at once: what
    /// is missing is known without waiting for the save (issue #20: errors shown 1.5–3 s late).
    /// </summary>
    public void Schedule(Func<ApplicationService, int, string, Guid, Task<Result<Application>>> save, Action<Application, DateTime> preview)
    {
        pendingSave = new PendingChange(version => save(Applications, application!.Id, userId, version), preview);
        Preview(preview);
        saveState = SaveState.Pending;
        autosaveTimer ??= new Timer(_ => _ = InvokeAsync(async () => { if (!disposed) await FlushAsync(); }));
        autosaveTimer.Change(AutosaveDelay, Timeout.InfiniteTimeSpan);
        StateHasChanged();
    }

    public async Task FlushAsync()
    {
        var change = Interlocked.Exchange(ref pendingSave, null);
        if (change is not null)
            await SaveNowAsync(change.Save);
    }

    private void Preview(Action<Application, DateTime> change)
    {
        try
        {
            change(application!, Time.GetUtcNow().UtcDateTime);
        }
        catch (DomainException)
        {
            return; // the save will say what is wrong
        }
        completeness = ApplicationCompleteness.Evaluate(application!, catalog!, Today);
    }

    /// <summary>"Save now": stores what is pending and waits for a save already under way.</summary>
    public async Task SaveNowAsync()
    {
        await FlushAsync();
        await saveGate.WaitAsync();
        saveGate.Release();
        confirmedSaves++;
    }

    public async Task<Result<StoredFile>> UploadAsync(IBrowserFile file)
    {
        if (file.Size > StoredFile.MaxBytes)
            return Result<StoredFile>.Fail(ErrorCode.FileTooLarge);
        // Read one byte past the limit so an oversized stream is recognised rather than cut silently.
        await using var stream = file.OpenReadStream(StoredFile.MaxBytes + 1);
        // The scan belongs to the specialist the application is about (an organisation's draft: to its placeholder, handed over at confirmation).
        return await Files.SaveAsync(Application.ApplicantId, file.Name, stream);
    }

    public async Task GoToAsync(int step)
    {
        await FlushAsync();
        Navigation.NavigateTo(StepHref(WizardStep.At(step)));
    }

    private async Task NextAsync()
    {
        await FlushAsync();
        if (WizardStep.At(CurrentStep).Section is { } section)
        {
            // Declared experience is checked against the jobs of step 5, which may not be filled yet:
            // that check waits for the check-answers step instead of holding the applicant here.
            if (Completeness.ErrorsIn(section).Any(e => e.Code != ErrorCode.ExperienceAboveRecords) && !shownSections.Contains(section))
            {
                // First try: show what is missing here; a second Next moves on, the step list keeps the mark.
                shownSections.Add(section);
                return;
            }
        }
        await GoToAsync(CurrentStep + 1);
    }

    public void ShowAllErrors()
    {
        foreach (var section in Enum.GetValues<ApplicationSection>())
            shownSections.Add(section);
    }

    public async Task SubmitAsync()
    {
        await FlushAsync();
        var result = await Applications.SubmitAsync(application!.Id, userId, savedVersion);
        if (result.Succeeded)
        {
            Navigation.NavigateTo(ForOrganisation ? "/organisation?submitted=true" : "/my-application?submitted=true");
            return;
        }
        ShowAllErrors();
        if (result.Errors.Any(e => e.Code == ErrorCode.ConcurrencyConflict))
            await ReloadAsync();
        Snackbar.Add(Errors[result.Errors[0]], Severity.Error);
    }

    private async Task SaveNowAsync(Func<Guid, Task<Result<Application>>> save)
    {
        await saveGate.WaitAsync();
        try
        {
            saveState = SaveState.Saving;
            var result = await save(savedVersion);
            if (result.Succeeded)
            {
                Accept(result.Value!);
                saveState = SaveState.Saved;
            }
            else if (result.Errors.Any(e => e.Code == ErrorCode.ConcurrencyConflict))
            {
                // Another tab or device saved in between (a reload's old page flushing its last second,
                // say). Take its version and apply this section's change on top: a save carries a whole
                // section, so nothing of the other sections is overwritten and nothing typed here is lost.
                await ReloadAsync();
                var retried = await save(savedVersion);
                if (retried.Succeeded)
                    Accept(retried.Value!);
                Snackbar.Add(T["Apply_ChangedElsewhere"], Severity.Info);
            }
            else
            {
                saveState = SaveState.Failed;
                Snackbar.Add(Errors[result.Errors[0]], Severity.Error);
            }
        }
        catch (Exception)
        {
            saveState = SaveState.Failed;
            Snackbar.Add(T["Apply_SaveFailed"], Severity.Error);
        }
        finally
        {
            saveGate.Release();
            if (!disposed)
                StateHasChanged();
        }
    }

    private async Task ReloadAsync()
    {
        var fresh = await Applications.LoadOwnAsync(application!.Id, userId);
        if (fresh is not null)
        {
            Accept(fresh);
            generation++;
        }
        saveState = SaveState.Saved;
    }

    private void Accept(Application fresh)
    {
        application = fresh;
        savedVersion = fresh.Version;
        completeness = ApplicationCompleteness.Evaluate(fresh, catalog!, Today);
        // Typed while this save was on its way: the screen's copy keeps it until its own save.
        if (pendingSave is { } waiting)
            Preview(waiting.Preview);
    }

    public async ValueTask DisposeAsync()
    {
        disposed = true;
        if (autosaveTimer is not null)
            await autosaveTimer.DisposeAsync();
        // A closed tab or a lost connection still keeps what was typed in its last second.
        await FlushAsync();
        GC.SuppressFinalize(this);
    }
}
