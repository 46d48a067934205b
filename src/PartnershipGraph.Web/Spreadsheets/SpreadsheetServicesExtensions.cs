using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>Registers the plan spreadsheet export and import.</summary>
public static class SpreadsheetServicesExtensions
{
    /// <summary>Adds <see cref="PlanExporter"/>, <see cref="PlanImporter"/> and <see cref="ImportUploadStore"/>; needs the database context factory.</summary>
    public static IServiceCollection AddPlanSpreadsheets(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PlanExporter>();
        services.AddSingleton<PlanImporter>();
        services.AddSingleton<ImportUploadStore>();
        return services;
    }
}
