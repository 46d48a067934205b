namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>The rows of an upload, each with its row number; a sheet the upload does not hold is null.</summary>
internal sealed record UploadedSheets(
    IReadOnlyList<(int Number, ActionSheetRow Row)>? Actions,
    IReadOnlyList<(int Number, ScorecardSheetRow Row)>? Scorecard
);
