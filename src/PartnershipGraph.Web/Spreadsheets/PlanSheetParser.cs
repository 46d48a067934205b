namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>Maps raw sheets to action and scorecard rows by their headings, refusing a sheet that lacks a column.</summary>
internal static class PlanSheetParser
{
    public static UploadedSheets Parse(IReadOnlyList<RawSheet> sheets)
    {
        var actions = sheets.FirstOrDefault(s => s.Name == PlanSheetLayout.ActionsSheet);
        var scorecard = sheets.FirstOrDefault(s => s.Name == PlanSheetLayout.ScorecardSheet);
        return new UploadedSheets(
            actions is null ? null : ParseActions(actions),
            scorecard is null ? null : ParseScorecard(scorecard)
        );
    }

    private static List<(int, ActionSheetRow)> ParseActions(RawSheet sheet)
    {
        var c = PlanSheetLayout.ActionColumns.Select(name => Column(sheet, name)).ToArray();
        return
        [
            .. sheet.Rows.Select(r =>
                (
                    r.Number,
                    new ActionSheetRow(
                        r[c[0]],
                        r[c[1]],
                        r[c[2]],
                        r[c[3]],
                        r[c[4]],
                        r[c[5]],
                        r[c[6]],
                        r[c[7]]
                    )
                )
            ),
        ];
    }

    private static List<(int, ScorecardSheetRow)> ParseScorecard(RawSheet sheet)
    {
        var c = PlanSheetLayout.ScorecardColumns.Select(name => Column(sheet, name)).ToArray();
        var groups = new List<int[]>();
        for (var n = 1; Find(sheet, PlanSheetLayout.MilestoneColumn(n, "")) is not null; n++)
        {
            groups.Add([
                .. PlanSheetLayout.MilestoneParts.Select(p =>
                    Column(sheet, PlanSheetLayout.MilestoneColumn(n, p))
                ),
            ]);
        }
        return
        [
            .. sheet.Rows.Select(r =>
                (
                    r.Number,
                    new ScorecardSheetRow(
                        r[c[0]],
                        r[c[1]],
                        r[c[2]],
                        r[c[3]],
                        r[c[4]],
                        r[c[5]],
                        r[c[6]],
                        r[c[7]],
                        Milestones(r, groups)
                    )
                )
            ),
        ];
    }

    /// <summary>The row's milestone groups, without blank groups at the end.</summary>
    private static List<MilestoneCells> Milestones(RawRow row, List<int[]> groups)
    {
        var cells = groups
            .Select(g => new MilestoneCells(
                row[g[0]],
                row[g[1]],
                row[g[2]],
                row[g[3]],
                CellText.NormaliseDay(row[g[4]])
            ))
            .ToList();
        while (cells.Count > 0 && cells[^1].IsBlank)
        {
            cells.RemoveAt(cells.Count - 1);
        }
        return cells;
    }

    private static int Column(RawSheet sheet, string name) =>
        Find(sheet, name)
        ?? throw new SpreadsheetRejectedException(
            $"The '{sheet.Name}' sheet has no '{name}' column in its first row."
        );

    private static int? Find(RawSheet sheet, string name)
    {
        for (var i = 0; i < sheet.Header.Count; i++)
        {
            if (PlanCsvReader.Same(sheet.Header[i], name))
            {
                return i;
            }
        }
        return null;
    }
}
