using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipGraph.Domain.Actions;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Maps <see cref="ActionMilestone"/> to the <c>ActionMilestones</c> table.</summary>
internal sealed class ActionMilestoneConfiguration : IEntityTypeConfiguration<ActionMilestone>
{
    public void Configure(EntityTypeBuilder<ActionMilestone> builder)
    {
        builder.MapEntity("ActionMilestones");
        builder
            .HasOne<PlanAction>()
            .WithMany()
            .HasForeignKey(m => m.ActionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.MapPartialDate(m => m.DueDate);
    }
}
