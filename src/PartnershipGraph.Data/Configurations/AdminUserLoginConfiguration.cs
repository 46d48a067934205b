using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Names ASP.NET Core Identity's external-login table <c>AdminUserLogins</c> (unused until an external sign-in is added).</summary>
internal sealed class AdminUserLoginConfiguration
    : IEntityTypeConfiguration<IdentityUserLogin<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> builder) =>
        builder.ToTable("AdminUserLogins");
}
