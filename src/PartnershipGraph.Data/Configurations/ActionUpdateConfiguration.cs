using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.People;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Maps <see cref="ActionUpdate"/> to the <c>ActionUpdates</c> table.</summary>
internal sealed class ActionUpdateConfiguration : IEntityTypeConfiguration<ActionUpdate>
{
    public void Configure(EntityTypeBuilder<ActionUpdate> builder)
    {
        builder.MapEntity("ActionUpdates");
        builder
            .HasOne<PlanAction>()
            .WithMany(a => a.Updates)
            .HasForeignKey(u => u.ActionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder
            .HasOne<Person>()
            .WithMany()
            .HasForeignKey(u => u.AuthorPersonId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.ActionId, u.RecordedAt });
    }
}
