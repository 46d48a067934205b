using PartnershipGraph.Data.SampleData.Json;
using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Domain.LocalAreas;
using PartnershipGraph.Domain.People;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Domain.Schools;

namespace PartnershipGraph.Data.SampleData.Importing;

/// <summary>Imports Portsmouth's attendance and exclusions strategy: its target measures as KPIs and its draft action plan.</summary>
internal sealed partial class PortsmouthImporter(PartnershipDbContext db, PortsmouthFile file)
{
    private readonly ImportScope _scope = new(
        db,
        new LocalArea
        {
            Name = file.LocalArea.Name,
            LocalAuthorityCode = file.LocalArea.LocalAuthorityId,
        },
        file.LocalArea.Id
    );

    public void Import()
    {
        DirectoryImport.AddOrganisations(_scope, file.Organisations);
        AddBoards();
        AddSchools();
        AddLeadPeople();
        var strategy = file.Strategy;
        var plan = _scope.Add(
            new ImprovementPlan
            {
                LocalAreaId = _scope.Area.Id,
                Title = strategy.Title,
                IsTitleInferred = strategy.TitleInferred,
                Kind = PlanKind.LocalStrategy,
                MonitoringBoardId = _scope.Board(strategy.AccountableBoardId),
                AreaLabel = "Section",
                IsPublished = true,
            },
            $"plan/{strategy.Id}"
        );
        AddActionPlan(plan);
        AddTargets(plan);
    }

    private void AddBoards()
    {
        var boards = new List<(PortsmouthFile.BoardJson Json, PartnershipBoard Board)>();
        foreach (var json in file.Boards)
        {
            var board = _scope.Add(
                new PartnershipBoard
                {
                    LocalAreaId = _scope.Area.Id,
                    Name = json.Name,
                    ShortName = json.ShortName,
                    Purpose = json.Role,
                    Notes = json.Notes,
                },
                $"board/{json.Id}"
            );
            _scope.Boards[json.Id] = board.Id;
            boards.Add((json, board));
        }
        foreach (var (json, board) in boards)
        {
            board.ParentBoardId = _scope.Board(json.ReportsTo);
        }
    }

    private void AddSchools()
    {
        foreach (var json in file.Schools)
        {
            _scope.Add(
                new School
                {
                    LocalAreaId = _scope.Area.Id,
                    Name = json.Name,
                    TrustOrganisationId = _scope.Organisation(json.TrustId),
                    Roles = SampleValues.Lines(json.Roles),
                },
                $"school/{json.Id}"
            );
        }
    }

    /// <summary>The file lists no people; the action plan's named leads become people of unknown organisation.</summary>
    private void AddLeadPeople()
    {
        var names = file
            .Strategy.ActionPlan.Actions.SelectMany(a => a.Leads)
            .Where(l => l.Kind == "person")
            .Select(l => l.Name);
        foreach (var name in names.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var person = _scope.Add(
                new Person { LocalAreaId = _scope.Area.Id, Name = name },
                $"person/{name.ToLowerInvariant().Replace(' ', '-')}"
            );
            _scope.PeopleByName[name] = person.Id;
        }
    }
}
