using BlazorRegistry.Core.Organisations;
using BlazorRegistry.Core.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorRegistry.Core.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.HasKey(o => o.Id);
        b.Property(o => o.Bin).HasMaxLength(12).IsRequired();
        b.HasIndex(o => o.Bin).IsUnique(); // one organisation per BIN
        b.Property(o => o.NameKk).HasMaxLength(Organisation.MaxNameLength);
        b.Property(o => o.NameRu).HasMaxLength(Organisation.MaxNameLength);
        b.ComplexProperty(o => o.Licence, l =>
        {
            l.Property(x => x.Number).HasMaxLength(50);
            l.Property(x => x.IssuedBy).HasMaxLength(Organisation.MaxNameLength);
            l.Property(x => x.FileId).HasMaxLength(64);
        });
        b.ComplexProperty(o => o.Contact, c =>
        {
            c.Property(x => x.FullName).HasMaxLength(3 * PersonName.MaxLength + 2);
            c.Property(x => x.Mobile).HasMaxLength(40);
            c.Property(x => x.Email).HasMaxLength(EmailAddress.MaxLength);
        });
        b.Property(o => o.DeciderId).HasMaxLength(450);
        b.Property(o => o.DecisionComment).HasMaxLength(Applications.ApplicationHistoryEntry.MaxCommentLength);
        b.Property(o => o.Version).IsConcurrencyToken();
        // The board's verification tab.
        b.HasIndex(o => new { o.Status, o.SubmittedAtUtc });
    }
}

internal sealed class OrganisationMemberConfiguration : IEntityTypeConfiguration<OrganisationMember>
{
    public void Configure(EntityTypeBuilder<OrganisationMember> b)
    {
        b.HasKey(m => new { m.OrganisationId, m.UserId });
        b.Property(m => m.UserId).HasMaxLength(450);
        b.HasIndex(m => m.UserId).IsUnique(); // a person works for one organisation in the portal
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SpecialistInvitationConfiguration : IEntityTypeConfiguration<SpecialistInvitation>
{
    public void Configure(EntityTypeBuilder<SpecialistInvitation> b)
    {
        b.HasKey(i => i.Id);
        b.Property(i => i.TokenHash).HasMaxLength(32);
        b.HasIndex(i => i.TokenHash).IsUnique();
        b.Property(i => i.ProofHash).HasMaxLength(32);
        b.Property(i => i.InviteeId).HasMaxLength(450);
        b.Property(i => i.InvitedById).HasMaxLength(450);
        b.HasIndex(i => i.ApplicationId);
        b.HasOne<Applications.Application>().WithMany().HasForeignKey(i => i.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ColleagueInvitationConfiguration : IEntityTypeConfiguration<ColleagueInvitation>
{
    public void Configure(EntityTypeBuilder<ColleagueInvitation> b)
    {
        b.HasKey(i => i.Id);
        b.Property(i => i.UserId).HasMaxLength(450);
        b.Property(i => i.InvitedById).HasMaxLength(450);
        b.HasIndex(i => new { i.UserId, i.OrganisationId }).IsUnique(); // one open invitation per person and organisation
        b.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
