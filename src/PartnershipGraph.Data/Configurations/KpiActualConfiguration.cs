using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipGraph.Domain.Kpis;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Maps <see cref="KpiActual"/> to the <c>KpiActuals</c> table.</summary>
internal sealed class KpiActualConfiguration : IEntityTypeConfiguration<KpiActual>
{
    public void Configure(EntityTypeBuilder<KpiActual> builder)
    {
        builder.MapEntity("KpiActuals");
        builder
            .HasOne<Kpi>()
            .WithMany(k => k.Actuals)
            .HasForeignKey(a => a.KpiId)
            .OnDelete(DeleteBehavior.Cascade);
        builder
            .HasOne<KpiMilestone>()
            .WithMany()
            .HasForeignKey(a => a.MilestoneId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
