using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Schools;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Maps <see cref="SchoolActionRole"/> to the <c>SchoolActionRoles</c> table.</summary>
internal sealed class SchoolActionRoleConfiguration : IEntityTypeConfiguration<SchoolActionRole>
{
    public void Configure(EntityTypeBuilder<SchoolActionRole> builder)
    {
        builder.MapEntity("SchoolActionRoles");
        builder
            .HasOne(r => r.School)
            .WithMany(s => s.ActionRoles)
            .HasForeignKey(r => r.SchoolId)
            .OnDelete(DeleteBehavior.Cascade);
        builder
            .HasOne(r => r.Action)
            .WithMany(a => a.SchoolRoles)
            .HasForeignKey(r => r.ActionId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
