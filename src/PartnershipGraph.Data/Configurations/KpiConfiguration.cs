using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Domain.Plans;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Maps <see cref="Kpi"/> to the <c>Kpis</c> table.</summary>
internal sealed class KpiConfiguration : IEntityTypeConfiguration<Kpi>
{
    public void Configure(EntityTypeBuilder<Kpi> builder)
    {
        builder.MapEntity("Kpis");
        builder
            .HasOne(k => k.Plan)
            .WithMany()
            .HasForeignKey(k => k.PlanId)
            .OnDelete(DeleteBehavior.Cascade);
        builder
            .HasOne<PlanArea>()
            .WithMany()
            .HasForeignKey(k => k.PlanAreaId)
            .OnDelete(DeleteBehavior.Restrict);
        builder
            .HasOne(k => k.Action)
            .WithMany(a => a.Kpis)
            .HasForeignKey(k => k.ActionId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.MapPartialDate(k => k.BaselineDate);
    }
}
