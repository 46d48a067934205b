using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipGraph.Data.Identity;
using PartnershipGraph.Domain.LocalAreas;
using PartnershipGraph.Domain.People;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Maps <see cref="AdminUser"/> to the <c>AdminUsers</c> table, after ASP.NET Core Identity's own mapping.</summary>
internal sealed class AdminUserConfiguration : IEntityTypeConfiguration<AdminUser>
{
    public void Configure(EntityTypeBuilder<AdminUser> builder)
    {
        builder.ToTable("AdminUsers");
        builder.Property(u => u.Id).ValueGeneratedNever();
        // Unbounded text like every other column, so both providers store the same types.
        foreach (var name in IdentityTextColumns)
        {
            builder.Property(name).Metadata.SetMaxLength(null);
        }
        builder
            .HasIndex(u => u.NormalizedUserName)
            .IsUnique()
            .HasDatabaseName("IX_AdminUsers_NormalizedUserName");
        builder.HasIndex(u => u.NormalizedEmail).HasDatabaseName("IX_AdminUsers_NormalizedEmail");
        // The role is stored by name so reordering the enum can never change what a stored user may do.
        builder.Property(u => u.Role).HasConversion<string>();
        builder
            .HasOne<Person>()
            .WithMany()
            .HasForeignKey(u => u.PersonId)
            .OnDelete(DeleteBehavior.Restrict);
        builder
            .HasOne<LocalArea>()
            .WithMany()
            .HasForeignKey(u => u.LocalAreaId)
            .OnDelete(DeleteBehavior.Restrict);
    }

    private static readonly string[] IdentityTextColumns =
    [
        nameof(AdminUser.UserName),
        nameof(AdminUser.NormalizedUserName),
        nameof(AdminUser.Email),
        nameof(AdminUser.NormalizedEmail),
    ];
}
