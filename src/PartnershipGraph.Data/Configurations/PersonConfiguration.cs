using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipGraph.Domain.LocalAreas;
using PartnershipGraph.Domain.Organisations;
using PartnershipGraph.Domain.People;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Maps <see cref="Person"/> to the <c>People</c> table.</summary>
internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.MapEntity("People");
        builder
            .HasOne<LocalArea>()
            .WithMany()
            .HasForeignKey(p => p.LocalAreaId)
            .OnDelete(DeleteBehavior.Restrict);
        builder
            .HasOne<Organisation>()
            .WithMany()
            .HasForeignKey(p => p.OrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
