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

        // The public register's searches: name (folded), region, profession, category; public entries only.
        b.HasIndex(e => new { e.IsPublic, e.NameKey });
        b.HasIndex(e => new { e.IsPublic, e.RegionId, e.NameKey });
        b.HasIndex(e => new { e.IsPublic, e.ProfessionId, e.NameKey });
        b.HasIndex(e => new { e.IsPublic, e.IncludedOn });

        b.ComplexProperty(e => e.Consent, c => c.Property(x => x.TextVersion).HasMaxLength(20));
        b.JsonCollection(e => e.Education);
        b.JsonCollection(e => e.Employment);
        b.JsonCollection(e => e.Qualifications);
        b.Ignore(e => e.FullName);
    }
}
