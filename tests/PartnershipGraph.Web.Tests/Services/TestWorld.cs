using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Domain.LocalAreas;
using PartnershipGraph.Domain.Organisations;
using PartnershipGraph.Domain.People;
using PartnershipGraph.Domain.Plans;

namespace PartnershipGraph.Web.Tests.Services;

/// <summary>
/// A small partnership: local area "Northam" with a plan of two areas. Alice leads area 1 (action 1.1, KPI 1.1 on the
/// area); Bob leads nothing but is responsible for action 2.1 of area 2 (KPI 2.1 measures it; KPI 2.2 sits on area 2
/// alone). A second local area "Southam" has a plan of its own.
/// </summary>
public sealed class TestWorld
{
    public Guid NorthamId { get; } = Guid.CreateVersion7();
    public Guid SouthamId { get; } = Guid.CreateVersion7();
    public Guid CouncilId { get; } = Guid.CreateVersion7();
    public Guid SouthamCouncilId { get; } = Guid.CreateVersion7();
    public Guid AliceId { get; } = Guid.CreateVersion7();
    public Guid BobId { get; } = Guid.CreateVersion7();
    public Guid CarolId { get; } = Guid.CreateVersion7();
    public Guid PlanId { get; } = Guid.CreateVersion7();
    public Guid SouthamPlanId { get; } = Guid.CreateVersion7();
    public Guid Area1Id { get; } = Guid.CreateVersion7();
    public Guid Area2Id { get; } = Guid.CreateVersion7();
    public Guid SouthamAreaId { get; } = Guid.CreateVersion7();
    public Guid Action11Id { get; } = Guid.CreateVersion7();
    public Guid Action21Id { get; } = Guid.CreateVersion7();
    public Guid SouthamActionId { get; } = Guid.CreateVersion7();
    public Guid Kpi11Id { get; } = Guid.CreateVersion7();
    public Guid Kpi21Id { get; } = Guid.CreateVersion7();
    public Guid Kpi22Id { get; } = Guid.CreateVersion7();
    public Guid Milestone11Id { get; } = Guid.CreateVersion7();
    public Guid Milestone21Id { get; } = Guid.CreateVersion7();

    public Actor Admin { get; } = new("admin@example.org", Role.Admin);
    public Actor NorthamAdmin =>
        new("northam-admin@example.org", Role.Admin, LocalAreaId: NorthamId);
    public Actor SouthamAdmin =>
        new("southam-admin@example.org", Role.Admin, LocalAreaId: SouthamId);
    public Actor Alice => new("alice@example.org", Role.AreaLead, AliceId, NorthamId);
    public Actor Bob => new("bob@example.org", Role.AreaLead, BobId, NorthamId);
    public Actor Carol => new("carol@example.org", Role.AreaLead, CarolId, NorthamId);
    public Actor BoardMember => new("chair@example.org", Role.BoardMember, LocalAreaId: NorthamId);
    public Actor Partner => new("api-key:ICB dashboard", Role.Partner, LocalAreaId: NorthamId);

    public static async Task<TestWorld> CreateAsync(ServiceTestDatabase database)
    {
        var world = new TestWorld();
        await using var db = database.CreatePlainContext();
        db.LocalAreas.AddRange(
            new LocalArea { Id = world.NorthamId, Name = "Northam" },
            new LocalArea { Id = world.SouthamId, Name = "Southam" }
        );
        db.Organisations.AddRange(
            new Organisation
            {
                Id = world.CouncilId,
                LocalAreaId = world.NorthamId,
                Name = "Northam Council",
                Kind = OrganisationKind.LocalAuthority,
            },
            new Organisation
            {
                Id = world.SouthamCouncilId,
                LocalAreaId = world.SouthamId,
                Name = "Southam Council",
                Kind = OrganisationKind.LocalAuthority,
            }
        );
        db.People.AddRange(
            new Person
            {
                Id = world.AliceId,
                LocalAreaId = world.NorthamId,
                Name = "Alice Lead",
                OrganisationId = world.CouncilId,
            },
            new Person
            {
                Id = world.BobId,
                LocalAreaId = world.NorthamId,
                Name = "Bob Officer",
            },
            new Person
            {
                Id = world.CarolId,
                LocalAreaId = world.NorthamId,
                Name = "Carol Bystander",
            }
        );
        db.Plans.AddRange(
            new ImprovementPlan
            {
                Id = world.PlanId,
                LocalAreaId = world.NorthamId,
                Title = "Northam improvement plan",
                IsPublished = true,
            },
            new ImprovementPlan
            {
                Id = world.SouthamPlanId,
                LocalAreaId = world.SouthamId,
                Title = "Southam plan",
            }
        );
        db.PlanAreas.AddRange(
            new PlanArea
            {
                Id = world.Area1Id,
                PlanId = world.PlanId,
                Number = 1,
                Title = "Identification of need",
            },
            new PlanArea
            {
                Id = world.Area2Id,
                PlanId = world.PlanId,
                Number = 2,
                Title = "Joint commissioning",
            },
            new PlanArea
            {
                Id = world.SouthamAreaId,
                PlanId = world.SouthamPlanId,
                Number = 1,
                Title = "Southam area",
            }
        );
        db.PlanAreaLeads.Add(
            new PlanAreaLead
            {
                PlanAreaId = world.Area1Id,
                PersonId = world.AliceId,
                NameAsWritten = "Alice Lead",
            }
        );
        db.Actions.AddRange(
            new PlanAction
            {
                Id = world.Action11Id,
                PlanAreaId = world.Area1Id,
                Ref = "1.1",
                Description = "Publish a graduated response toolkit",
            },
            new PlanAction
            {
                Id = world.Action21Id,
                PlanAreaId = world.Area2Id,
                Ref = "2.1",
                Description = "Agree a joint commissioning strategy",
            },
            new PlanAction
            {
                Id = world.SouthamActionId,
                PlanAreaId = world.SouthamAreaId,
                Ref = "1.1",
                Description = "Southam action",
            }
        );
        db.ActionResponsibles.Add(
            new ActionResponsible
            {
                ActionId = world.Action21Id,
                PersonId = world.BobId,
                NameAsWritten = "Bob Officer",
            }
        );
        db.Kpis.AddRange(
            new Kpi
            {
                Id = world.Kpi11Id,
                PlanId = world.PlanId,
                PlanAreaId = world.Area1Id,
                Ref = "1.1",
                Description = "Schools using the toolkit",
                Unit = "%",
            },
            new Kpi
            {
                Id = world.Kpi21Id,
                PlanId = world.PlanId,
                ActionId = world.Action21Id,
                Ref = "2.1",
                Description = "Services jointly commissioned",
            },
            new Kpi
            {
                Id = world.Kpi22Id,
                PlanId = world.PlanId,
                PlanAreaId = world.Area2Id,
                Ref = "2.2",
                Description = "Parent confidence",
            }
        );
        db.KpiMilestones.AddRange(
            new KpiMilestone
            {
                Id = world.Milestone11Id,
                KpiId = world.Kpi11Id,
                Sequence = 1,
                Label = "6 months",
            },
            new KpiMilestone
            {
                Id = world.Milestone21Id,
                KpiId = world.Kpi21Id,
                Sequence = 1,
                Label = "12 months",
            }
        );
        await db.SaveChangesAsync();
        return world;
    }
}
