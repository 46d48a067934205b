using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipGraph.Domain.Kpis;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Maps <see cref="KpiMilestone"/> to the <c>KpiMilestones</c> table.</summary>
internal sealed class KpiMilestoneConfiguration : IEntityTypeConfiguration<KpiMilestone>
{
    public void Configure(EntityTypeBuilder<KpiMilestone> builder)
    {
        builder.MapEntity("KpiMilestones");
        builder
            .HasOne(m => m.Kpi)
            .WithMany(k => k.Milestones)
            .HasForeignKey(m => m.KpiId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.MapPartialDate(m => m.DueDate);
        builder.MapTarget(m => m.Target);
    }
}
