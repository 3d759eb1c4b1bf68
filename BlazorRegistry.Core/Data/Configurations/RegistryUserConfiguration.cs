using BlazorRegistry.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorRegistry.Core.Data.Configurations;

internal sealed class RegistryUserConfiguration : IEntityTypeConfiguration<RegistryUser>
{
    public void Configure(EntityTypeBuilder<RegistryUser> b)
    {
        b.Property(u => u.PreferredLanguage).HasConversion(l => l.Code(), code => Languages.ParseOrDefault(code)).HasMaxLength(2);
        // One account per phone: the phone is also the user name of a phone account, but an e-mail
        // account may add a phone later, so the number is unique on its own.
        b.HasIndex(u => u.PhoneNumber).IsUnique().HasFilter("\"PhoneNumber\" IS NOT NULL");
        b.HasIndex(u => u.NormalizedEmail).IsUnique().HasFilter("\"NormalizedEmail\" IS NOT NULL").HasDatabaseName("IX_Users_UniqueEmail");
        b.Ignore(u => u.PrimaryContact);
    }
}

internal sealed class OneTimeCodeConfiguration : IEntityTypeConfiguration<OneTimeCode>
{
    public void Configure(EntityTypeBuilder<OneTimeCode> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.UserId).HasMaxLength(450).IsRequired();
        b.Property(c => c.Salt).HasMaxLength(16);
        b.Property(c => c.Hash).HasMaxLength(32);
        b.Property(c => c.ClientAddress).HasMaxLength(OneTimeCode.MaxClientAddressLength);
        b.HasIndex(c => new { c.UserId, c.Purpose, c.Id });
        b.HasIndex(c => new { c.ClientAddress, c.CreatedAtUtc });
        b.HasOne<RegistryUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CodeFlowLockConfiguration : IEntityTypeConfiguration<CodeFlowLock>
{
    public void Configure(EntityTypeBuilder<CodeFlowLock> b)
    {
        b.HasKey(l => l.UserId);
        b.HasOne<RegistryUser>().WithOne().HasForeignKey<CodeFlowLock>(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UnknownIdentifierCodeCountConfiguration : IEntityTypeConfiguration<UnknownIdentifierCodeCount>
{
    public void Configure(EntityTypeBuilder<UnknownIdentifierCodeCount> b)
    {
        b.HasKey(c => c.KeyHash);
        b.Property(c => c.KeyHash).HasMaxLength(64);
        // Each try deletes the rows past their time first.
        b.HasIndex(c => c.ForgetAtUtc);
    }
}
