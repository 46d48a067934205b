using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnershipGraph.Web.Services.Actions;
using PartnershipGraph.Web.Services.Boards;
using PartnershipGraph.Web.Services.Kpis;
using PartnershipGraph.Web.Services.Organisations;
using PartnershipGraph.Web.Services.People;
using PartnershipGraph.Web.Services.PlanAreas;
using PartnershipGraph.Web.Services.Plans;
using PartnershipGraph.Web.Services.Schools;

namespace PartnershipGraph.Web.Services.Common;

/// <summary>Registers the service layer the GraphQL mutations and the admin pages share.</summary>
public static class PartnershipServicesExtensions
{
    /// <summary>Adds every feature service; needs an <c>IDbContextFactory&lt;PartnershipDbContext&gt;</c>. Uses <see cref="TimeProvider.System"/> unless a clock is already registered.</summary>
    public static IServiceCollection AddPartnershipServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ServiceContext>();
        services.AddSingleton<SchoolService>();
        services.AddSingleton<OrganisationService>();
        services.AddSingleton<PersonService>();
        services.AddSingleton<BoardService>();
        services.AddSingleton<BoardMembershipService>();
        services.AddSingleton<PlanService>();
        services.AddSingleton<PlanAreaService>();
        services.AddSingleton<PlanAreaLeadService>();
        services.AddSingleton<ActionService>();
        services.AddSingleton<ActionResponsibleService>();
        services.AddSingleton<KpiService>();
        services.AddSingleton<KpiMilestoneService>();
        services.AddOptions();
        services.AddSingleton<KpiProgressAssessor>();
        return services;
    }
}
