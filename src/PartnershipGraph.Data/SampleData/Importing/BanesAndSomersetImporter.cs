using PartnershipGraph.Data.SampleData.Json;
using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Domain.LocalAreas;
using PartnershipGraph.Domain.Schools;

namespace PartnershipGraph.Data.SampleData.Importing;

/// <summary>Imports the B&amp;NES nurture-outreach schools (aggregate counts only) and Somerset's Team Around the School pilots.</summary>
internal sealed class BanesAndSomersetImporter(PartnershipDbContext db, BanesSchoolsFile file)
{
    public void Import()
    {
        ImportBanes(file.Banes);
        ImportSomerset(file.Somerset);
    }

    private void ImportBanes(BanesSchoolsFile.BanesJson banes)
    {
        var scope = new ImportScope(
            db,
            new LocalArea { Name = banes.LocalArea.Name },
            banes.LocalArea.Id
        );
        foreach (var json in banes.Schools)
        {
            var outreach = json.NurtureOutreach is { } n
                ? $"Nurture Outreach pilot: {n.Referrals} referral(s), {n.Engaged} engaged, {n.NotEngaged} not engaged (as of {n.AsOf:yyyy-MM-dd})"
                : null;
            scope.Add(
                new School
                {
                    LocalAreaId = scope.Area.Id,
                    Name = json.Name,
                    Phase = SampleValues.Phase(json.Phase),
                    IsPhaseInferred = json.PhaseInferred,
                    Locality = json.AreaPanel,
                    Roles = SampleValues.Lines([json.Role, outreach]),
                    Notes = json.Note,
                },
                $"school/{json.Id}"
            );
        }
    }

    private void ImportSomerset(BanesSchoolsFile.SomersetJson somerset)
    {
        var scope = new ImportScope(
            db,
            new LocalArea { Name = somerset.LocalArea.Name },
            somerset.LocalArea.Id
        );
        var boards = new Dictionary<string, PartnershipBoard>(StringComparer.Ordinal);
        foreach (var json in somerset.Boards)
        {
            boards[json.Id] = scope.Add(
                new PartnershipBoard
                {
                    LocalAreaId = scope.Area.Id,
                    Name = json.Name,
                    Notes = json.Notes,
                },
                $"board/{json.Id}"
            );
        }
        // The notes say the Early Help Steering Group was "replaced by the TAS Strategy Group".
        if (
            boards.TryGetValue("early-help-steering-group", out var old)
            && boards.TryGetValue("tas-strategy-group", out var replacement)
        )
        {
            old.ReplacedByBoardId = replacement.Id;
        }
        foreach (var json in somerset.Schools)
        {
            scope.Add(
                new School
                {
                    LocalAreaId = scope.Area.Id,
                    Name = json.Name,
                    Locality = json.Town ?? json.AreaServed,
                    Roles = json.Role,
                },
                $"school/{json.Id}"
            );
        }
    }
}
