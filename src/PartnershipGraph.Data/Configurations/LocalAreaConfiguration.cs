using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipGraph.Domain.LocalAreas;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Maps <see cref="LocalArea"/> to the <c>LocalAreas</c> table.</summary>
internal sealed class LocalAreaConfiguration : IEntityTypeConfiguration<LocalArea>
{
    public void Configure(EntityTypeBuilder<LocalArea> builder)
    {
        builder.MapEntity("LocalAreas");
    }
}
