using BlazorRegistry.Core.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorRegistry.Core.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("Outbox");
        // INTEGER PRIMARY KEY AUTOINCREMENT: ids only grow, so they order the events.
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedOnAdd().HasAnnotation("Sqlite:Autoincrement", true);
        b.Property(m => m.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(40);
        b.Property(m => m.ReferenceNumber).HasMaxLength(32);
        b.Property(m => m.ActorId).HasMaxLength(450);
        // The dispatcher's question: the undispatched rows, in order.
        b.HasIndex(m => m.Id).HasFilter("\"DispatchedAtUtc\" IS NULL").HasDatabaseName("IX_Outbox_Pending");
        b.Property(m => m.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);
        b.HasIndex(m => m.ApplicationId);
    }
}
