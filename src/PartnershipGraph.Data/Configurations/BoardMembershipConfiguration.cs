using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Domain.People;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Maps <see cref="BoardMembership"/> to the <c>BoardMemberships</c> table.</summary>
internal sealed class BoardMembershipConfiguration : IEntityTypeConfiguration<BoardMembership>
{
    public void Configure(EntityTypeBuilder<BoardMembership> builder)
    {
        builder.MapEntity("BoardMemberships");
        builder
            .HasOne(m => m.Board)
            .WithMany(b => b.Memberships)
            .HasForeignKey(m => m.BoardId)
            .OnDelete(DeleteBehavior.Cascade);
        builder
            .HasOne(m => m.Person)
            .WithMany(p => p.Memberships)
            .HasForeignKey(m => m.PersonId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
