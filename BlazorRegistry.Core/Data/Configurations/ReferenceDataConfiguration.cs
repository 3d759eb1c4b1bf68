using BlazorRegistry.Core.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorRegistry.Core.Data.Configurations;

internal abstract class ReferenceItemConfiguration<T> : IEntityTypeConfiguration<T> where T : ReferenceItem
{
    public virtual void Configure(EntityTypeBuilder<T> b)
    {
        b.HasKey(x => x.Id);
        // Ids are fixed by the seed so that seeding again never duplicates a row.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.NameKk).HasMaxLength(ReferenceItem.MaxNameLength).IsRequired();
        b.Property(x => x.NameRu).HasMaxLength(ReferenceItem.MaxNameLength).IsRequired();
    }
}

internal sealed class RegionConfiguration : ReferenceItemConfiguration<Region>
{
    public override void Configure(EntityTypeBuilder<Region> b)
    {
        base.Configure(b);
        b.Property(x => x.Code).HasMaxLength(2).IsRequired();
        b.HasIndex(x => x.Code).IsUnique();
    }
}

internal sealed class ProfessionConfiguration : ReferenceItemConfiguration<Profession>;

internal sealed class EducationLevelConfiguration : ReferenceItemConfiguration<EducationLevel>;

internal sealed class QualificationCategoryConfiguration : ReferenceItemConfiguration<QualificationCategory>;

internal sealed class DocumentKindConfiguration : ReferenceItemConfiguration<DocumentKind>
{
    public override void Configure(EntityTypeBuilder<DocumentKind> b)
    {
        base.Configure(b);
        b.Property(x => x.Code).HasMaxLength(40).IsRequired();
        b.HasIndex(x => x.Code).IsUnique();
    }
}

internal sealed class ProfessionDocumentRequirementConfiguration : IEntityTypeConfiguration<ProfessionDocumentRequirement>
{
    public void Configure(EntityTypeBuilder<ProfessionDocumentRequirement> b)
    {
        b.HasKey(x => new { x.ProfessionId, x.DocumentKindId });
        b.HasOne<Profession>().WithMany().HasForeignKey(x => x.ProfessionId);
        b.HasOne<DocumentKind>().WithMany().HasForeignKey(x => x.DocumentKindId);
    }
}
