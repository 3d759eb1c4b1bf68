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
        // unnamed ones over the same columns would be one index, and the last call would win.)
        b.HasIndex(e => e.NameKey, "IX_RegisterEntries_NameKey");
        b.HasIndex(e => new { e.RegionId, e.NameKey }, "IX_RegisterEntries_Region_NameKey");

        b.ComplexProperty(e => e.Consent, c => c.Property(x => x.TextVersion).HasMaxLength(20));
        b.JsonCollection(e => e.Education);
        b.JsonCollection(e => e.Employment);
        b.JsonCollection(e => e.Qualifications);
        b.Ignore(e => e.FullName);
    }
}
