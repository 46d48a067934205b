using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.People;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Maps <see cref="ActionResponsible"/> to the <c>ActionResponsibles</c> table.</summary>
internal sealed class ActionResponsibleConfiguration : IEntityTypeConfiguration<ActionResponsible>
{
    public void Configure(EntityTypeBuilder<ActionResponsible> builder)
    {
        builder.MapEntity("ActionResponsibles");
        builder
            .HasOne(r => r.Action)
            .WithMany(a => a.Responsibles)
            .HasForeignKey(r => r.ActionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder
            .HasOne(r => r.Person)
            .WithMany(p => p.Responsibilities)
            .HasForeignKey(r => r.PersonId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
