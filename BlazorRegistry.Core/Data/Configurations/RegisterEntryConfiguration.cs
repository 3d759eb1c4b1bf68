using BlazorRegistry.Core.Register;
using BlazorRegistry.Core.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorRegistry.Core.Data.Configurations;

internal sealed class RegisterEntryConfiguration : IEntityTypeConfiguration<RegisterEntry>
{
    public void Configure(EntityTypeBuilder<RegisterEntry> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.Number).HasMaxLength(20).IsRequired();
        b.HasIndex(e => e.Number).IsUnique();
        b.HasIndex(e => e.ApplicantId).IsUnique();
        b.Property(e => e.ApplicantId).HasMaxLength(450);
        b.Property(e => e.Surname).HasMaxLength(PersonName.MaxLength);
        b.Property(e => e.GivenName).HasMaxLength(PersonName.MaxLength);
        b.Property(e => e.Patronymic).HasMaxLength(PersonName.MaxLength);
        b.Property(e => e.NameKey).HasMaxLength(3 * PersonName.MaxLength + 2);
        b.Property(e => e.Mobile).HasMaxLength(40);
        b.Property(e => e.Iin).HasMaxLength(12);
        // One entry in the register per person: a second account's application with the same IIN cannot be
        // registered. An excluded entry frees its IIN (the person may come back from a new account; an entry
        // registered on someone else's IIN, once excluded, no longer blocks the real person).
        b.HasIndex(e => e.Iin).IsUnique().HasFilter($"\"Iin\" IS NOT NULL AND \"State\" <> {(int)EntryState.Excluded}");
        b.Property(e => e.Email).HasMaxLength(EmailAddress.MaxLength);
        b.Property(e => e.Locality).HasMaxLength(300);
        b.Property(e => e.LocalityKey).HasMaxLength(300);
        b.Property(e => e.RegisteredAddress).HasMaxLength(300);

        // The public register's searches run over public entries only, so its indexes are partial
        // ("WHERE IsPublic"): SQLite then seeks straight to a region's or profession's entries, in name
        // order, instead of scanning every entry (bench/register-search.sh: p95 32.7 ms → see README).
        const string publicOnly = "\"IsPublic\"";
        b.HasIndex(e => e.NameKey, "IX_RegisterEntries_Public_NameKey").HasFilter(publicOnly);
        b.HasIndex(e => new { e.RegionId, e.NameKey }, "IX_RegisterEntries_Public_Region_NameKey").HasFilter(publicOnly);
        b.HasIndex(e => new { e.ProfessionId, e.NameKey }, "IX_RegisterEntries_Public_Profession_NameKey").HasFilter(publicOnly);
        b.HasIndex(e => new { e.CurrentCategoryId, e.NameKey }, "IX_RegisterEntries_Public_Category_NameKey").HasFilter(publicOnly);
        b.HasIndex(e => e.IncludedOn, "IX_RegisterEntries_Public_IncludedOn").HasFilter(publicOnly);
        // Staff see every entry, in name order: their register pages and exports walk these. (Named indexes:
        // unnamed ones over the same columns would be one index, and the last call would win.) They carry the consent
        // too: SQLite, which keeps no statistics here, takes them for public searches as readily as the partial ones
        // above, and without IsPublic in the index it read every entry of the region from the table to check it
        // (a public count 3-5 ms instead of 1, issue #21).
        // The id before the consent: staff's searches are in (name, id) order, which the index then gives as it is.
        b.HasIndex(e => new { e.NameKey, e.Id, e.IsPublic }, "IX_RegisterEntries_NameKey");
        b.HasIndex(e => new { e.RegionId, e.NameKey, e.Id, e.IsPublic }, "IX_RegisterEntries_Region_NameKey");

        b.ComplexProperty(e => e.Consent, c => c.Property(x => x.TextVersion).HasMaxLength(20));
        // The records are the registered application's: loaded with every entry, never copied into it.
        b.HasOne(e => e.Application).WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(e => e.Application).AutoInclude();
        b.Ignore(e => e.Education);
        b.Ignore(e => e.Employment);
        b.Ignore(e => e.Qualifications);
        b.Ignore(e => e.FullName);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.Property(e => e.ExclusionComment).HasMaxLength(Applications.ApplicationHistoryEntry.MaxCommentLength);
        b.HasMany(e => e.Versions).WithOne().HasForeignKey(v => v.EntryId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(e => e.Versions).HasField("_versions");
        // The reminders' and the board's search for categories about to lapse.
        b.HasIndex(e => new { e.CurrentCategoryId, e.CurrentCategoryAssignedOn }).HasDatabaseName("IX_RegisterEntries_CurrentCategory");
        // The board's list of exclusion requests.
        b.HasIndex(e => e.ExclusionRequestedAtUtc).HasFilter("\"ExclusionRequestedAtUtc\" IS NOT NULL");
    }
}

internal sealed class RegisterEntryVersionConfiguration : IEntityTypeConfiguration<RegisterEntryVersion>
{
    public void Configure(EntityTypeBuilder<RegisterEntryVersion> b)
    {
        b.HasKey(v => v.Id);
        b.Property(v => v.ActorId).HasMaxLength(450);
        b.Property(v => v.Number).HasMaxLength(20);
        b.Property(v => v.Comment).HasMaxLength(Applications.ApplicationHistoryEntry.MaxCommentLength);
        // "ContactsAndAddress,Education": the section names, stable across renumbering.
        b.Property(v => v.Sections).HasConversion(
            s => string.Join(',', s),
            t => t.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<Applications.ApplicationSection>).ToList(),
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<IReadOnlyList<Applications.ApplicationSection>>(
                (a, c) => a!.SequenceEqual(c!), a => a.Aggregate(0, (h, x) => HashCode.Combine(h, x)), a => a.ToList()));
        b.Property(v => v.Sections).HasMaxLength(200);
        b.ComplexProperty(v => v.Consent, c => c.Property(x => x.TextVersion).HasMaxLength(20));
        b.HasIndex(v => new { v.EntryId, v.Id });
    }
}

internal sealed class CategoryReminderConfiguration : IEntityTypeConfiguration<CategoryReminder>
{
    public void Configure(EntityTypeBuilder<CategoryReminder> b)
    {
        b.HasKey(r => r.Id);
        // One reminder per entry, category assignment and stage, whoever runs the job and however often.
        b.HasIndex(r => new { r.EntryId, r.AssignedOn, r.Stage }).IsUnique();
        b.HasOne<RegisterEntry>().WithMany().HasForeignKey(r => r.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EntryExtractConfiguration : IEntityTypeConfiguration<EntryExtract>
{
    public void Configure(EntityTypeBuilder<EntryExtract> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(EntryExtract.CodeLength);
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.FullName).HasMaxLength(3 * PersonName.MaxLength + 2);
        b.HasIndex(x => new { x.EntryId, x.Language, x.IssuedAtUtc });
        b.HasOne<RegisterEntry>().WithMany().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}
