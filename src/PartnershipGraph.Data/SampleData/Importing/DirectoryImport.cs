using PartnershipGraph.Data.SampleData.Json;
using PartnershipGraph.Domain.Organisations;

namespace PartnershipGraph.Data.SampleData.Importing;

/// <summary>Imports the parts every file shares: organisations.</summary>
internal static class DirectoryImport
{
    public static void AddOrganisations(
        ImportScope scope,
        IEnumerable<OrganisationJson> organisations
    )
    {
        foreach (var json in organisations)
        {
            var organisation = scope.Add(
                new Organisation
                {
                    LocalAreaId = scope.Area.Id,
                    Name = json.Name,
                    ShortName = json.ShortName,
                    Kind = SampleValues.OrganisationKind(json.Type),
                    Notes = json.Notes,
                    IsInferred = json.Inferred == true || json.NameInferred == true,
                },
                $"organisation/{json.Id}"
            );
            scope.Organisations[json.Id] = organisation.Id;
        }
    }
}
