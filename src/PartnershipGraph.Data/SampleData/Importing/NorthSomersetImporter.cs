using PartnershipGraph.Data.SampleData.Json;
using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Domain.LocalAreas;
using PartnershipGraph.Domain.People;
using PartnershipGraph.Domain.Schools;

namespace PartnershipGraph.Data.SampleData.Importing;

/// <summary>Imports the North Somerset SEND Improvement Plan with its partners, boards and schools.</summary>
internal sealed partial class NorthSomersetImporter(PartnershipDbContext db, NorthSomersetFile file)
{
    private readonly ImportScope _scope = new(
        db,
        new LocalArea
        {
            Name = file.LocalArea.Name,
            LocalAuthorityCode = file.LocalArea.LocalAuthorityId,
            PartnershipName = file.LocalArea.PartnershipName,
        },
        file.LocalArea.Id
    );

    /// <summary>The paper's date: the progress updates and actuals were published in it.</summary>
    private DateTimeOffset Published =>
        new(
            (file.Source.ReportDate ?? new DateOnly(2023, 6, 29)).ToDateTime(TimeOnly.MinValue),
            TimeSpan.Zero
        );

    private string PublishedBy => $"Sample data: {file.Source.Document}";

    public void Import()
    {
        DirectoryImport.AddOrganisations(_scope, file.Organisations);
        AddPeople();
        AddBoards();
        var actionsByRef = AddPlan();
        AddSchools(actionsByRef);
    }

    private void AddPeople()
    {
        foreach (var json in file.People)
        {
            var person = _scope.Add(
                new Person
                {
                    LocalAreaId = _scope.Area.Id,
                    Name = json.Name,
                    JobTitle =
                        json.RolesAsStated.Count == 0
                            ? null
                            : string.Join("; ", json.RolesAsStated),
                    OrganisationId = _scope.Organisation(json.OrganisationId),
                },
                $"person/{json.Id}"
            );
            _scope.People[json.Id] = person.Id;
            _scope.PeopleByName[json.Name] = person.Id;
        }
    }

    private void AddBoards()
    {
        foreach (var json in file.Boards)
        {
            var notes = json.EstablishedAsWritten is null
                ? json.Notes
                : $"{json.Notes}\nEstablished: {json.EstablishedAsWritten}".Trim();
            var board = _scope.Add(
                new PartnershipBoard
                {
                    LocalAreaId = _scope.Area.Id,
                    Name = json.Name,
                    ShortName = json.ShortName,
                    Purpose = json.Purpose,
                    MeetingCadence = json.MeetingFrequency,
                    Notes = notes,
                },
                $"board/{json.Id}"
            );
            _scope.Boards[json.Id] = board.Id;
            AddSeats(json, board.Id);
        }
    }

    private void AddSeats(NorthSomersetFile.BoardJson json, Guid boardId)
    {
        var seats = new List<(NorthSomersetFile.SeatJson Seat, MembershipRole Role)>();
        if (json.Chair is not null)
        {
            seats.Add((json.Chair, MembershipRole.Chair));
        }
        seats.AddRange((json.Members ?? []).Select(s => (s, MembershipRole.Member)));
        seats.AddRange((json.Advisers ?? []).Select(s => (s, MembershipRole.Adviser)));
        foreach (var (seat, role) in seats)
        {
            if (_scope.Person(seat.PersonId) is { } personId)
            {
                _scope.Add(
                    new BoardMembership
                    {
                        BoardId = boardId,
                        PersonId = personId,
                        Role = role,
                        RoleAsWritten = seat.Role,
                    },
                    $"board/{json.Id}/{role.ToString().ToLowerInvariant()}/{seat.PersonId}"
                );
            }
        }
    }

    private void AddSchools(Dictionary<string, Guid> actionsByRef)
    {
        foreach (var json in file.Schools)
        {
            var school = _scope.Add(
                new School
                {
                    LocalAreaId = _scope.Area.Id,
                    Name = json.Name,
                    Phase = SampleValues.Phase(json.Phase),
                    IsPhaseInferred = json.PhaseInferred == true,
                    AliasesAsWritten = SampleValues.Lines(json.AliasesAsWritten),
                    Roles = SampleValues.Lines(json.Roles),
                    Notes = json.Notes,
                },
                $"school/{json.Id}"
            );
            for (var i = 0; i < json.Roles.Count; i++)
            {
                var role = json.Roles[i];
                var match = ActionReference().Match(role);
                if (
                    match.Success
                    && actionsByRef.TryGetValue(match.Groups[1].Value, out var actionId)
                )
                {
                    _scope.Add(
                        new SchoolActionRole
                        {
                            SchoolId = school.Id,
                            ActionId = actionId,
                            Description = role,
                        },
                        $"school/{json.Id}/role/{i + 1}"
                    );
                }
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[Aa]ction(?:/KPI)? (\d+\.\d+)")]
    private static partial System.Text.RegularExpressions.Regex ActionReference();
}
