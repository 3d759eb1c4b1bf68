using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Files;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Applications;

/// <summary>What the applicant's wizard calls: find or start the draft, save a section, submit.</summary>
public sealed class ApplicationService(
    IDbContextFactory<RegistryDbContext> factory,
    TimeProvider time,
    OutboxDispatcher outbox,
    FileStore files)
{
    /// <summary>
    /// Where an applicant stands, for the menu: whether they have an application (a draft counts) and whether
    /// they are on the register. A registered specialist changes their data from their entry, so "apply" is
    /// not offered to them (it used to open a new, almost empty draft).
    /// </summary>
    public async Task<ApplicantStanding> StandingAsync(string applicantId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var hasApplication = await db.Applications.AnyAsync(a => a.ApplicantId == applicantId, ct);
        var registered = await db.RegisterEntries.AnyAsync(e => e.ApplicantId == applicantId && e.State != Register.EntryState.Excluded, ct);
        var forOrganisation = await db.OrganisationMembers.AnyAsync(m => m.UserId == applicantId, ct);
        return new ApplicantStanding(hasApplication, registered, forOrganisation);
    }

    /// <summary>The applicant's open application, or a new draft (one open application per applicant).</summary>
    public async Task<Application> GetOrStartDraftAsync(string applicantId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var open = await OpenApplicationOf(db, applicantId, ct);
        if (open is not null)
            return open;
        // A registered specialist who applies again changes their entry: the wizard opens on a copy of the
        // registered data, never on an almost empty draft. After an exclusion a new application starts afresh.
        var entry = await db.RegisterEntries.AsNoTracking()
            .Where(e => e.ApplicantId == applicantId && e.State != Register.EntryState.Excluded)
            .Select(e => new { e.ApplicationId, e.Mobile, e.Email })
            .FirstOrDefaultAsync(ct);
        var draft = entry is null
            ? Application.StartDraft(applicantId, Now)
            : Application.StartAmendment(await db.Applications.AsNoTracking().FirstAsync(a => a.Id == entry.ApplicationId, ct),
                new ContactData(entry.Mobile, entry.Email), Now);
        db.Applications.Add(draft);
        await db.SaveChangesAsync(ct);
        return draft;
    }

    /// <summary>
    /// "Change my details" on a registered entry: the open amendment if there is one, else a new one on a copy
    /// of the registered data. Fails for an excluded entry (a new application starts a new term instead) and
    /// for someone without an entry.
    /// </summary>
    public async Task<Result<Application>> GetOrStartAmendmentAsync(string applicantId, CancellationToken ct = default)
    {
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            var state = await db.RegisterEntries.AsNoTracking().Where(e => e.ApplicantId == applicantId)
                .Select(e => (Register.EntryState?)e.State).FirstOrDefaultAsync(ct);
            if (state is null)
                return Result<Application>.Fail(ErrorCode.EntryNotFound);
            if (state == Register.EntryState.Excluded)
                return Result<Application>.Fail(ErrorCode.EntryExcluded);
        }
        return Result<Application>.Ok(await GetOrStartDraftAsync(applicantId, ct));
    }

    /// <summary>The applicant's latest application of any status, or null.</summary>
    public async Task<Application?> FindLatestAsync(string applicantId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Applications.AsNoTracking().Where(a => a.ApplicantId == applicantId)
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// Loads an application only for those who fill it in (its specialist, or their organisation's people:
    /// <see cref="ApplicationAccess"/>); anybody else gets null.
    /// </summary>
    public async Task<Application?> LoadOwnAsync(int applicationId, string userId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Applications.AsNoTracking().Where(ApplicationAccess.FilledInBy(db, userId))
            .FirstOrDefaultAsync(a => a.Id == applicationId, ct);
    }

    public Task<Result<Application>> SavePersonalDataAsync(int id, string applicantId, Guid version, PersonalData data, CancellationToken ct = default) =>
        ChangeAsync(id, applicantId, version, a => a.UpdatePersonalData(data, Now), ct);

    public Task<Result<Application>> SaveContactsAsync(int id, string applicantId, Guid version, ContactData contacts, AddressData address, CancellationToken ct = default) =>
        ChangeAsync(id, applicantId, version, a => a.UpdateContacts(contacts, address, Now), ct);

    public Task<Result<Application>> SaveProfessionAsync(int id, string applicantId, Guid version, ProfessionData data, CancellationToken ct = default) =>
        ChangeAsync(id, applicantId, version, a => a.UpdateProfession(data, Now), ct);

    public Task<Result<Application>> SaveEducationAsync(int id, string applicantId, Guid version, IReadOnlyList<EducationRecord> records, CancellationToken ct = default) =>
        ChangeAsync(id, applicantId, version, a => a.ReplaceEducation(records, Now), ct);

    public Task<Result<Application>> SaveEmploymentAsync(int id, string applicantId, Guid version, IReadOnlyList<EmploymentRecord> records, CancellationToken ct = default) =>
        ChangeAsync(id, applicantId, version, a => a.ReplaceEmployment(records, Now), ct);

    public Task<Result<Application>> SaveQualificationsAsync(int id, string applicantId, Guid version, IReadOnlyList<QualificationRecord> records, bool noCategory, CancellationToken ct = default) =>
        ChangeAsync(id, applicantId, version, a => a.ReplaceQualifications(records, noCategory, Now), ct);

    public Task<Result<Application>> SaveDocumentsAsync(int id, string applicantId, Guid version, IReadOnlyList<ApplicationDocument> documents, CancellationToken ct = default) =>
        ChangeAsync(id, applicantId, version, a => a.ReplaceDocuments(documents, Now), ct);

    public Task<Result<Application>> SaveConsentAsync(int id, string applicantId, Guid version, bool publish, bool showDateOfBirth,
        bool showContacts, bool showAddress, string textVersion, CancellationToken ct = default) =>
        ChangeAsync(id, applicantId, version, a => a.DecideConsent(publish, showDateOfBirth, showContacts, showAddress, textVersion, Now, actorId: applicantId), ct);

    public Task<Result<Application>> SaveStepAsync(int id, string applicantId, Guid version, int step, CancellationToken ct = default) =>
        ChangeAsync(id, applicantId, version, a => a.RememberStep(step, Now), ct);

    /// <summary>What each section still lacks, evaluated today against the current reference data.</summary>
    public async Task<ApplicationCompleteness> EvaluateAsync(Application application, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return ApplicationCompleteness.Evaluate(application, await ReferenceCatalog.LoadAsync(db, ct), KazakhstanTime.Today(time));
    }

    /// <summary>Submits (or resubmits) a complete application; an incomplete one gets its list of what is missing.</summary>
    public async Task<Result<Application>> SubmitAsync(int id, string applicantId, Guid version, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (application, error) = await FindOwnAtVersionAsync(db, id, applicantId, version, ct);
        if (application is null)
            return Result<Application>.Fail(error!.Value);
        if (!application.Status.IsEditable())
            return Result<Application>.Fail(ErrorCode.ApplicationNotEditable);

        var completeness = ApplicationCompleteness.Evaluate(application, await ReferenceCatalog.LoadAsync(db, ct), KazakhstanTime.Today(time));
        if (!completeness.IsComplete)
            return Result<Application>.Fail(completeness.AllErrors.Select(e => e.Error).ToList());

        // What an organisation files goes to the administrator only once they have verified the organisation
        // (Order 21, cl. 2: a licensed provider), whoever presses "submit".
        if (application.OrganisationId is { } organisationId
            && await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Status).SingleAsync(ct) != Organisations.OrganisationStatus.Verified)
            return Result<Application>.Fail(ErrorCode.OrganisationNotVerified);

        var resubmission = application.Status == ApplicationStatus.Returned;
        if (application.Kind == ApplicationKind.Amendment && !resubmission)
        {
            // One amendment at a time, and none of an excluded entry (the entry says which).
            var entry = await db.RegisterEntries.FirstOrDefaultAsync(e => e.ApplicantId == application.ApplicantId, ct);
            if (entry is null)
                return Result<Application>.Fail(ErrorCode.EntryNotFound);
            try
            {
                entry.BeginAmendment();
            }
            catch (DomainException ex)
            {
                return Result<Application>.Fail(ex.Code);
            }
        }
        var now = Now;
        try
        {
            application.Submit(now, await CalendarProvider.LoadAsync(db, ct), submittedBy: applicantId);
        }
        catch (DomainException ex)
        {
            return Result<Application>.Fail(ex.Code);
        }
        // The event commits with the submission itself (transactional outbox): nobody misses it after a crash.
        db.Outbox.Add(OutboxMessage.For(application, resubmission ? ApplicationEventKind.Resubmitted : ApplicationEventKind.Submitted, applicantId, now));
        if (!await db.TrySaveAsync(ct))
            return Result<Application>.Fail(ErrorCode.ConcurrencyConflict);
        await outbox.DispatchAfterCommitAsync();
        return Result<Application>.Ok(application);
    }

    /// <summary>
    /// Applies one change to the applicant's own application. <paramref name="version"/> is the version
    /// the applicant's screen was showing: if another device saved in between, the change is refused
    /// rather than overwriting what that device wrote.
    /// </summary>
    private async Task<Result<Application>> ChangeAsync(int id, string applicantId, Guid version, Action<Application> change, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (application, error) = await FindOwnAtVersionAsync(db, id, applicantId, version, ct);
        if (application is null)
            return Result<Application>.Fail(error!.Value);
        var filesBefore = FileReferences.Of(application);
        try
        {
            change(application);
        }
        catch (DomainException ex)
        {
            return Result<Application>.Fail(ex.Code);
        }
        if (!await db.TrySaveAsync(ct))
            return Result<Application>.Fail(ErrorCode.ConcurrencyConflict);
        // After the commit: a replaced scan is deleted only once nothing refers to it any more.
        await files.SettleAsync(application.ApplicantId, filesBefore, FileReferences.Of(application), ct);
        return Result<Application>.Ok(application);
    }

    /// <summary>
    /// The applicant's own application, as the applicant's screen last saw it: anybody else's id is "not
    /// found", and a version another device has since replaced is a conflict.
    /// </summary>
    private static async Task<(Application? Application, ErrorCode? Error)> FindOwnAtVersionAsync(RegistryDbContext db, int id,
        string userId, Guid version, CancellationToken ct)
    {
        var application = await db.Applications.Where(ApplicationAccess.FilledInBy(db, userId)).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null)
            return (null, ErrorCode.ApplicationNotFound);
        return application.Version == version ? (application, null) : (null, ErrorCode.ConcurrencyConflict);
    }

    private static Task<Application?> OpenApplicationOf(RegistryDbContext db, string applicantId, CancellationToken ct) =>
        db.Applications.AsNoTracking()
            .Where(a => a.ApplicantId == applicantId && a.Status != ApplicationStatus.Registered && a.Status != ApplicationStatus.Refused)
            .OrderByDescending(a => a.Id)
            .FirstOrDefaultAsync(ct);

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}

/// <summary>What the applicant's menu offers: apply (nobody on the register yet), my application, my entry.</summary>
public sealed record ApplicantStanding(bool HasApplication, bool IsRegistered, bool WorksForOrganisation = false)
{
    public bool MayApply => !IsRegistered;
}
