using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipGraph.Domain.Organisations;
using PartnershipGraph.Domain.People;
using PartnershipGraph.Domain.Plans;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Maps <see cref="PlanAreaLead"/> to the <c>PlanAreaLeads</c> table.</summary>
internal sealed class PlanAreaLeadConfiguration : IEntityTypeConfiguration<PlanAreaLead>
{
    public void Configure(EntityTypeBuilder<PlanAreaLead> builder)
    {
        builder.MapEntity("PlanAreaLeads");
        builder
            .HasOne(l => l.Area)
            .WithMany(a => a.Leads)
            .HasForeignKey(l => l.PlanAreaId)
            .OnDelete(DeleteBehavior.Cascade);
        builder
            .HasOne(l => l.Person)
            .WithMany(p => p.AreaLeads)
            .HasForeignKey(l => l.PersonId)
            .OnDelete(DeleteBehavior.Restrict);
        builder
            .HasOne<Organisation>()
            .WithMany()
            .HasForeignKey(l => l.OrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
