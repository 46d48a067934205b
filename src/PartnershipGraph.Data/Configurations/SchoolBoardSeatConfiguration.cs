using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Domain.Schools;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Maps <see cref="SchoolBoardSeat"/> to the <c>SchoolBoardSeats</c> table.</summary>
internal sealed class SchoolBoardSeatConfiguration : IEntityTypeConfiguration<SchoolBoardSeat>
{
    public void Configure(EntityTypeBuilder<SchoolBoardSeat> builder)
    {
        builder.MapEntity("SchoolBoardSeats");
        builder
            .HasOne(s => s.School)
            .WithMany(s => s.BoardSeats)
            .HasForeignKey(s => s.SchoolId)
            .OnDelete(DeleteBehavior.Cascade);
        builder
            .HasOne(s => s.Board)
            .WithMany(b => b.SchoolSeats)
            .HasForeignKey(s => s.BoardId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
