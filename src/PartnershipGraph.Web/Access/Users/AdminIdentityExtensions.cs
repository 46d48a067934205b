using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnershipGraph.Data;
using PartnershipGraph.Data.Identity;
using PartnershipGraph.Web.Pages.Admin.ApiKeys;
using PartnershipGraph.Web.Services.Auditing;

namespace PartnershipGraph.Web.Access.Users;

/// <summary>Registers ASP.NET Core Identity for the admin's users: the stores, the sign-in manager that writes the admin cookie, and the user service.</summary>
internal static class AdminIdentityExtensions
{
    public static IServiceCollection AddAdminIdentity(this IServiceCollection services)
    {
        // Identity's stores need the context as a scoped service; the app otherwise creates contexts from the factory.
        services.TryAddScoped(sp =>
            sp.GetRequiredService<IDbContextFactory<PartnershipDbContext>>().CreateDbContext()
        );
        services
            .AddIdentityCore<AdminUser>(AdminPasswordPolicy.Configure)
            .AddSignInManager<AdminSignInManager>()
            .AddClaimsPrincipalFactory<AdminClaimsPrincipalFactory>()
            .AddEntityFrameworkStores<PartnershipDbContext>();
        services.TryAddSingleton<AuditTrail>();
        services.AddScoped<AdminUserService>();
        services.AddSingleton<ApiKeyAudit>();
        return services;
    }
}
