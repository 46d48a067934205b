using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.LocalAreas;
using PartnershipGraph.Domain.People;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Maps <see cref="ApiKey"/> to the <c>ApiKeys</c> table; keys are found by their unique hash.</summary>
internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("ApiKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        // The role is stored by name so reordering the enum can never change what a stored key may do.
        builder.Property(k => k.Role).HasConversion<string>();
        builder.HasIndex(k => k.Hash).IsUnique();
        builder.HasIndex(k => k.Prefix);
        builder
            .HasOne<Person>()
            .WithMany()
            .HasForeignKey(k => k.PersonId)
            .OnDelete(DeleteBehavior.Restrict);
        builder
            .HasOne<LocalArea>()
            .WithMany()
            .HasForeignKey(k => k.LocalAreaId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(k => k.IsRevoked);
        builder.Ignore(k => k.ActorName);
    }
}
