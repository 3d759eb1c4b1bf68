using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorRegistry.Core.Data.Configurations;

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
        // One notice per event, person and channel: the specialist's, and (issue #16) each of the filing organisation's people.
        b.HasIndex(n => new { n.OutboxMessageId, n.UserId, n.Channel }).IsUnique().HasFilter("\"OutboxMessageId\" IS NOT NULL");
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
