using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Organisations;
using PartnershipGraph.Domain.Plans;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Maps <see cref="PlanAction"/> to the <c>Actions</c> table.</summary>
internal sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> builder)
    {
        builder.MapEntity("Actions");
        builder
            .HasOne(a => a.Area)
            .WithMany(a => a.Actions)
            .HasForeignKey(a => a.PlanAreaId)
            .OnDelete(DeleteBehavior.Cascade);
        builder
            .HasOne<PlanAction>()
            .WithMany()
            .HasForeignKey(a => a.ParentActionId)
            .OnDelete(DeleteBehavior.Restrict);
        builder
            .HasOne<Organisation>()
            .WithMany()
            .HasForeignKey(a => a.LeadOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.PlanAreaId, a.Ref }).IsUnique();
        builder.HasIndex(a => a.CurrentRag);
        builder.MapPartialDate(a => a.DueDate);
    }
}
