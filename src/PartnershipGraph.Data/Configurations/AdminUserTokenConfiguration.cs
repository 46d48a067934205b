using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PartnershipGraph.Data.Configurations;

/// <summary>Names ASP.NET Core Identity's per-user token table <c>AdminUserTokens</c>.</summary>
internal sealed class AdminUserTokenConfiguration
    : IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> builder) =>
        builder.ToTable("AdminUserTokens");
}
