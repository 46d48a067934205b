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
            .HasOne<PartnershipBoard>()
            .WithMany()
            .HasForeignKey(m => m.BoardId)
            .OnDelete(DeleteBehavior.Cascade);
        builder
            .HasOne<Person>()
            .WithMany()
            .HasForeignKey(m => m.PersonId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
