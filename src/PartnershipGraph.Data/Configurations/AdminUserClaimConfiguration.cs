using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Names ASP.NET Core Identity's per-user claims table <c>AdminUserClaims</c>.</summary>
internal sealed class AdminUserClaimConfiguration
    : IEntityTypeConfiguration<IdentityUserClaim<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> builder) =>
        builder.ToTable("AdminUserClaims");
}
