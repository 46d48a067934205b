using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnershipGraph.Data.Migrations;

/// <summary>Creates the tables of every entity: local areas, organisations, people, boards, schools, plans, actions, KPIs and the audit trail.</summary>
/// <remarks>Written by hand (EF's design-time tools do not restore here); column types follow the provider, see <see cref="ProviderColumns"/>.</remarks>
[DbContext(typeof(PartnershipDbContext))]
[Migration("20261130093000_CreatePartnershipSchema")]
public sealed partial class CreatePartnershipSchema : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var provider = migrationBuilder.ActiveProvider;
        CreateDirectoryTables(migrationBuilder, provider);
        CreatePlansTables(migrationBuilder, provider);
        CreateKpisTables(migrationBuilder, provider);
        CreateIndexes(migrationBuilder);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "KpiActuals");
        migrationBuilder.DropTable(name: "KpiMilestones");
        migrationBuilder.DropTable(name: "SchoolActionRoles");
        migrationBuilder.DropTable(name: "Kpis");
        migrationBuilder.DropTable(name: "ActionUpdates");
        migrationBuilder.DropTable(name: "ActionResponsibles");
        migrationBuilder.DropTable(name: "ActionMilestones");
        migrationBuilder.DropTable(name: "PlanAreaLeads");
        migrationBuilder.DropTable(name: "Actions");
        migrationBuilder.DropTable(name: "SchoolBoardSeats");
        migrationBuilder.DropTable(name: "BoardMemberships");
        migrationBuilder.DropTable(name: "PlanVersions");
        migrationBuilder.DropTable(name: "PlanAreas");
        migrationBuilder.DropTable(name: "Schools");
        migrationBuilder.DropTable(name: "People");
        migrationBuilder.DropTable(name: "Plans");
        migrationBuilder.DropTable(name: "Organisations");
        migrationBuilder.DropTable(name: "Boards");
        migrationBuilder.DropTable(name: "LocalAreas");
        migrationBuilder.DropTable(name: "AuditEntries");
    }
}
