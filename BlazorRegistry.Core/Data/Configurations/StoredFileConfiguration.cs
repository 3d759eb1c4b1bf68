using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorRegistry.Core.Data.Configurations;

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<Files.StoredFile>
{
    public void Configure(EntityTypeBuilder<Files.StoredFile> b)
    {
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).HasMaxLength(32);
        b.Property(f => f.OwnerId).HasMaxLength(450).IsRequired();
        b.Property(f => f.FileName).HasMaxLength(Files.StoredFile.MaxFileNameLength);
        b.Property(f => f.ContentType).HasMaxLength(50);
        b.HasIndex(f => f.OwnerId);
        b.HasIndex(f => new { f.AttachedAtUtc, f.CreatedAtUtc });
    }
}
