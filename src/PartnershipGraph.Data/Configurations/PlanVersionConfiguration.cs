using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipGraph.Domain.Plans;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Maps <see cref="PlanVersion"/> to the <c>PlanVersions</c> table.</summary>
internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.MapEntity("PlanVersions");
        builder
            .HasOne<ImprovementPlan>()
            .WithMany()
            .HasForeignKey(v => v.PlanId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.MapPartialDate(v => v.Date);
    }
}
