using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Domain.LocalAreas;
using PartnershipGraph.Domain.Plans;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Maps <see cref="ImprovementPlan"/> to the <c>Plans</c> table.</summary>
internal sealed class ImprovementPlanConfiguration : IEntityTypeConfiguration<ImprovementPlan>
{
    public void Configure(EntityTypeBuilder<ImprovementPlan> builder)
    {
        builder.MapEntity("Plans");
        builder
            .HasOne<LocalArea>()
            .WithMany()
            .HasForeignKey(p => p.LocalAreaId)
            .OnDelete(DeleteBehavior.Restrict);
        builder
            .HasOne(p => p.MonitoringBoard)
            .WithMany(b => b.MonitoredPlans)
            .HasForeignKey(p => p.MonitoringBoardId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.MapPartialDate(p => p.TriggerDate);
    }
}
