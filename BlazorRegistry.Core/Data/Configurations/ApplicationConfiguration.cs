using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorRegistry.Core.Data.Configurations;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> b)
    {
        b.HasKey(a => a.Id);
        b.Property(a => a.ApplicantId).HasMaxLength(450).IsRequired();
        b.Property(a => a.ReferenceNumber).HasMaxLength(20);
        b.HasIndex(a => a.ReferenceNumber).IsUnique();
        // One open application per applicant, even if two requests race to start a draft.
        b.HasIndex(a => a.ApplicantId).IsUnique()
            .HasFilter($"\"Status\" IN ({(int)ApplicationStatus.Draft}, {(int)ApplicationStatus.Submitted}, {(int)ApplicationStatus.InReview}, {(int)ApplicationStatus.Returned})")
            .HasDatabaseName("IX_Applications_OneOpenPerApplicant");
        b.Property(a => a.NameKey).HasMaxLength(3 * PersonName.MaxLength + 2);
        // An organisation's list of its specialists' applications; a deleted organisation keeps none.
        b.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.OrganisationId, a.Status }).HasFilter("\"OrganisationId\" IS NOT NULL");
        b.Property(a => a.SpecialistConfirmedDigest).HasMaxLength(64);
        b.Property(a => a.HolderId).HasMaxLength(450);
        b.Property(a => a.DeciderId).HasMaxLength(450);
        b.Property(a => a.ReturnReasons).HasReturnReasonsConversion();
        b.Property(a => a.DecisionComment).HasMaxLength(ApplicationHistoryEntry.MaxCommentLength);

        // The lost-update guard: the aggregate renews Version on every change, EF checks the old value.
        b.Property(a => a.Version).IsConcurrencyToken();

        // The board: by status, ordered by deadline; the queue keeps the first submission order.
        b.HasIndex(a => new { a.Status, a.DecisionDeadline });
        b.HasIndex(a => new { a.Status, a.FirstSubmittedAtUtc });
        // The board's "decided recently" tab and its count under a search: read from the index, not from 100,000 wide rows (issue #21).
        b.HasIndex(a => new { a.Status, a.DecidedAtUtc });
        b.HasIndex(a => a.NameKey);
        // The Astana day (UTC+5) of each time the staff statistics group by, computed by SQLite (virtual columns). The
        // two covering indexes over them name the region and profession columns of complex properties, which HasIndex
        // cannot: migration StatisticsDays creates them in SQL (replacing StatisticsIndexes' two).
        b.Property(a => a.ReceivedOn).HasComputedColumnSql("date(\"FirstSubmittedAtUtc\", '+5 hours')", stored: false);
        b.Property(a => a.LastReceivedOn).HasComputedColumnSql("date(\"LastSubmittedAtUtc\", '+5 hours')", stored: false);
        b.Property(a => a.DecidedOn).HasComputedColumnSql("date(\"DecidedAtUtc\", '+5 hours')", stored: false);
        // The board's "same IIN as another application or entry" warning.
        b.Property(a => a.Iin).HasMaxLength(12);
        b.HasIndex(a => a.Iin).HasFilter("\"Iin\" IS NOT NULL");

        b.ComplexProperty(a => a.Personal, p =>
        {
            p.Property(x => x.Surname).HasMaxLength(PersonName.MaxLength);
            p.Property(x => x.GivenName).HasMaxLength(PersonName.MaxLength);
            p.Property(x => x.Patronymic).HasMaxLength(PersonName.MaxLength);
            p.Property(x => x.Iin).HasMaxLength(PersonalData.IinMaxLength);
        });
        b.ComplexProperty(a => a.Contacts, c =>
        {
            c.Property(x => x.Mobile).HasMaxLength(40);
            c.Property(x => x.Email).HasMaxLength(EmailAddress.MaxLength);
        });
        b.ComplexProperty(a => a.Address, c =>
        {
            c.Property(x => x.Locality).HasMaxLength(AddressData.MaxLength);
            c.Property(x => x.RegisteredAddress).HasMaxLength(AddressData.MaxLength);
        });
        b.ComplexProperty(a => a.Profession);
        b.ComplexProperty(a => a.Consent, c => c.Property(x => x.TextVersion).HasMaxLength(20));

        // Rows 7, 8 and 9 of the register form hold many records each; they live and change with the
        // application, so they are JSON columns of it rather than tables of their own.
        b.JsonCollection(a => a.Education);
        b.JsonCollection(a => a.Employment);
        b.JsonCollection(a => a.Qualifications);
        b.JsonCollection(a => a.Documents);

        b.HasMany(a => a.History).WithOne().HasForeignKey(h => h.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(a => a.History).AutoInclude();
        b.Ignore(a => a.ChangedSinceLastSubmission);
        // The column holds a copy only while the answers differ from it (Application._submittedSnapshot): read it through
        // the entity, never in a query.
        b.Ignore(a => a.SubmittedSnapshot);
        b.Property<string?>("_submittedSnapshot").HasColumnName(nameof(Application.SubmittedSnapshot));
    }
}

internal sealed class ApplicationHistoryEntryConfiguration : IEntityTypeConfiguration<ApplicationHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ApplicationHistoryEntry> b)
    {
        b.HasKey(h => h.Id);
        b.Property(h => h.ActorId).HasMaxLength(450).IsRequired();
        b.Property(h => h.ReturnReasons).HasReturnReasonsConversion();
        b.Property(h => h.Comment).HasMaxLength(ApplicationHistoryEntry.MaxCommentLength);
        b.HasIndex(h => new { h.ApplicationId, h.AtUtc });
        // The staff statistics' returns by reason, read from the index alone. Returns only: the statistics ask for no
        // other action, and the same index over every line of history was 15 MB of the demo database (issue #21).
        b.HasIndex(h => new { h.AtUtc, h.ReturnReasons, h.ApplicationId }, "IX_ApplicationHistory_Returns")
            .HasFilter($"\"Action\" = {(int)HistoryAction.ReturnedForRevision}");
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<Audit.AuditEntry>
{
    public void Configure(EntityTypeBuilder<Audit.AuditEntry> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.ActorId).HasMaxLength(450).IsRequired();
        b.Property(e => e.SubjectUserId).HasMaxLength(450);
        b.Property(e => e.Detail).HasMaxLength(Audit.AuditEntry.MaxDetailLength);
        b.Property(e => e.Address).HasMaxLength(64);
        b.HasIndex(e => new { e.ApplicationId, e.AtUtc });
        b.HasIndex(e => new { e.ActorId, e.Id });
        b.HasIndex(e => new { e.Action, e.Id });
        b.HasOne<Application>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}
