using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipGraph.Domain.LocalAreas;
using PartnershipGraph.Domain.Organisations;
using PartnershipGraph.Domain.Schools;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Maps <see cref="School"/> to the <c>Schools</c> table.</summary>
internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.MapEntity("Schools");
        builder
            .HasOne<LocalArea>()
            .WithMany()
            .HasForeignKey(s => s.LocalAreaId)
            .OnDelete(DeleteBehavior.Restrict);
        builder
            .HasOne<Organisation>()
            .WithMany()
            .HasForeignKey(s => s.TrustOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
