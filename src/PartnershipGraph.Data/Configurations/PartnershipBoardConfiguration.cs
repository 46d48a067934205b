using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Domain.LocalAreas;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Maps <see cref="PartnershipBoard"/> to the <c>Boards</c> table.</summary>
internal sealed class PartnershipBoardConfiguration : IEntityTypeConfiguration<PartnershipBoard>
{
    public void Configure(EntityTypeBuilder<PartnershipBoard> builder)
    {
        builder.MapEntity("Boards");
        builder
            .HasOne<LocalArea>()
            .WithMany()
            .HasForeignKey(b => b.LocalAreaId)
            .OnDelete(DeleteBehavior.Restrict);
        builder
            .HasOne(b => b.ParentBoard)
            .WithMany(b => b.ChildBoards)
            .HasForeignKey(b => b.ParentBoardId)
            .OnDelete(DeleteBehavior.Restrict);
        builder
            .HasOne<PartnershipBoard>()
            .WithMany()
            .HasForeignKey(b => b.ReplacedByBoardId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
