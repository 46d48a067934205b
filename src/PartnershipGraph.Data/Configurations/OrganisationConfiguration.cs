using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipGraph.Domain.LocalAreas;
using PartnershipGraph.Domain.Organisations;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Maps <see cref="Organisation"/> to the <c>Organisations</c> table.</summary>
internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.MapEntity("Organisations");
        builder
            .HasOne<LocalArea>()
            .WithMany()
            .HasForeignKey(o => o.LocalAreaId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
