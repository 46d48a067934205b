using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Services.Actions;
using PartnershipGraph.Web.Services.Boards;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.Kpis;
using PartnershipGraph.Web.Services.Organisations;
using PartnershipGraph.Web.Services.People;
using PartnershipGraph.Web.Services.PlanAreas;
using PartnershipGraph.Web.Services.Plans;
using PartnershipGraph.Web.Services.Schools;

namespace PartnershipGraph.Web.Tests.Services.Common;

public sealed class PartnershipServicesExtensionsTests
{
    [Fact]
    public async Task Every_feature_service_resolves_and_a_registered_clock_is_kept()
    {
        await using var database = await ServiceTestDatabase.CreateAsync();
        var services = new ServiceCollection();
        services.AddSingleton<IDbContextFactory<PartnershipDbContext>>(database);
        services.AddSingleton<TimeProvider>(database.Clock);
        services.AddPartnershipServices();
        await using var provider = services.BuildServiceProvider(
            new ServiceProviderOptions { ValidateOnBuild = true }
        );

        Type[] features =
        [
            typeof(SchoolService),
            typeof(OrganisationService),
            typeof(PersonService),
            typeof(BoardService),
            typeof(BoardMembershipService),
            typeof(PlanService),
            typeof(PlanAreaService),
            typeof(PlanAreaLeadService),
            typeof(ActionService),
            typeof(ActionResponsibleService),
            typeof(KpiService),
            typeof(KpiMilestoneService),
        ];
        Assert.All(features, type => Assert.NotNull(provider.GetRequiredService(type)));
        Assert.Same(database.Clock, provider.GetRequiredService<ServiceContext>().Time);
    }
}
