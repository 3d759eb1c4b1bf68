using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Files;
using BlazorRegistry.Core.Notifications;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Register;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BlazorRegistry.Core.Data;

/// <summary>
/// The register's one database: applications, register entries, reference data, the calendar and the
/// Identity tables of the accounts, so a decision and its notification commit together. This type is SQLite's
/// (its migrations are in Data/Migrations); PostgreSQL's is <see cref="PostgreSql.PostgreSqlRegistryDbContext"/>,
/// the same model with its own migrations, as EF Core documents for several providers.
/// </summary>
public class RegistryDbContext : IdentityDbContext<RegistryUser>
{
    public RegistryDbContext(DbContextOptions<RegistryDbContext> options) : base(options) { }

    /// <summary>For a provider's own context type (its options name that type).</summary>
    protected RegistryDbContext(DbContextOptions options) : base(options) { }

    public DbSet<Application> Applications => Set<Application>();
    public DbSet<ApplicationHistoryEntry> ApplicationHistory => Set<ApplicationHistoryEntry>();
    public DbSet<RegisterEntry> RegisterEntries => Set<RegisterEntry>();
    public DbSet<RegisterEntryVersion> RegisterEntryVersions => Set<RegisterEntryVersion>();
    public DbSet<EntryExtract> EntryExtracts => Set<EntryExtract>();
    public DbSet<Organisations.Organisation> Organisations => Set<Organisations.Organisation>();
    public DbSet<Organisations.OrganisationMember> OrganisationMembers => Set<Organisations.OrganisationMember>();
    public DbSet<Organisations.SpecialistInvitation> SpecialistInvitations => Set<Organisations.SpecialistInvitation>();
    public DbSet<Organisations.ColleagueInvitation> ColleagueInvitations => Set<Organisations.ColleagueInvitation>();
    public DbSet<CategoryReminder> CategoryReminders => Set<CategoryReminder>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Profession> Professions => Set<Profession>();
    public DbSet<EducationLevel> EducationLevels => Set<EducationLevel>();
    public DbSet<QualificationCategory> QualificationCategories => Set<QualificationCategory>();
    public DbSet<DocumentKind> DocumentKinds => Set<DocumentKind>();
    public DbSet<ProfessionDocumentRequirement> ProfessionDocumentRequirements => Set<ProfessionDocumentRequirement>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<OneTimeCode> OneTimeCodes => Set<OneTimeCode>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<SmsOutboxMessage> SmsOutbox => Set<SmsOutboxMessage>();
    public DbSet<CodeFlowLock> CodeFlowLocks => Set<CodeFlowLock>();
    public DbSet<UnknownIdentifierCodeCount> UnknownIdentifierCodeCounts => Set<UnknownIdentifierCodeCount>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<Audit.AuditEntry> AuditEntries => Set<Audit.AuditEntry>();
    public DbSet<Events.OutboxMessage> Outbox => Set<Events.OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // SQLite keeps no DateTimeKind: every DateTime in this database is UTC, so say so on the way out.
        configuration.Properties<DateTime>().HaveConversion<UtcConverter>();
        configuration.Properties<DateTime?>().HaveConversion<UtcConverter>();
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
