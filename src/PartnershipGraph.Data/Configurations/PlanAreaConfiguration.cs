using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipGraph.Domain.Plans;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Maps <see cref="PlanArea"/> to the <c>PlanAreas</c> table.</summary>
internal sealed class PlanAreaConfiguration : IEntityTypeConfiguration<PlanArea>
{
    public void Configure(EntityTypeBuilder<PlanArea> builder)
    {
        builder.MapEntity("PlanAreas");
        builder
            .HasOne(a => a.Plan)
            .WithMany(p => p.Areas)
            .HasForeignKey(a => a.PlanId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.PlanId, a.Number }).IsUnique();
    }
}
