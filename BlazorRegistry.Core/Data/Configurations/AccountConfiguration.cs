using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Notifications;
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

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.HasKey(n => n.Id);
        b.Property(n => n.UserId).HasMaxLength(450).IsRequired();
        b.Property(n => n.Address).HasMaxLength(254);
        b.Property(n => n.Subject).HasMaxLength(Notification.MaxSubjectLength);
        b.Property(n => n.Body).HasMaxLength(Notification.MaxBodyLength);
        b.Property(n => n.LastError).HasMaxLength(1000);
        b.HasIndex(n => new { n.UserId, n.Channel, n.ReadAtUtc });
        b.HasIndex(n => new { n.Status, n.NextAttemptAtUtc });
        b.HasIndex(n => new { n.Channel, n.Status, n.NextAttemptAtUtc });
        // One notice per event and channel, even if a dispatcher runs an event twice after a crash.
        b.HasIndex(n => new { n.OutboxMessageId, n.Channel }).IsUnique().HasFilter("\"OutboxMessageId\" IS NOT NULL");
        b.HasOne<RegistryUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SmsOutboxMessageConfiguration : IEntityTypeConfiguration<SmsOutboxMessage>
{
    public void Configure(EntityTypeBuilder<SmsOutboxMessage> b)
    {
        b.HasKey(m => m.Id);
        b.Property(m => m.Phone).HasMaxLength(20);
        b.Property(m => m.Text).HasMaxLength(Notification.MaxBodyLength);
    }
}

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
