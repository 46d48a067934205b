using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnershipGraph.Data.Migrations;

public sealed partial class CreatePartnershipSchema
{
    /// <summary>The KPIs with their milestones and actuals.</summary>
    private static void CreateKpisTables(MigrationBuilder migrationBuilder, string? provider)
    {
        migrationBuilder.CreateTable(
            name: "Kpis",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                PlanAreaId = table.Column<Guid>(nullable: true),
                ActionId = table.Column<Guid>(nullable: true),
                Ref = table.Column<string>(nullable: false),
                RowType = table.Column<int>(nullable: false),
                Description = table.Column<string>(nullable: false),
                Unit = table.Column<string>(nullable: true),
                Direction = table.Column<int>(nullable: false),
                IsDirectionInferred = table.Column<bool>(nullable: false),
                BaselineValue = table.Number(provider, nullable: true),
                BaselineText = table.Column<string>(nullable: true),
                ExpectedProgressText = table.Column<string>(nullable: true),
                Tolerance = table.Number(provider, nullable: true),
                Notes = table.Column<string>(nullable: true),
                BaselineDate_End = table.Column<DateOnly>(nullable: true),
                BaselineDate_IsInferred = table.Column<bool>(nullable: true),
                BaselineDate_Precision = table.Column<int>(nullable: true),
                BaselineDate_Start = table.Column<DateOnly>(nullable: true),
                BaselineDate_Text = table.Column<string>(nullable: true),
                Version = table.Column<int>(nullable: false),
                SourceKey = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Kpis", x => x.Id);
                table.ForeignKey(
                    name: "FK_Kpis_Actions_ActionId",
                    column: x => x.ActionId,
                    principalTable: "Actions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
                table.ForeignKey(
                    name: "FK_Kpis_PlanAreas_PlanAreaId",
                    column: x => x.PlanAreaId,
                    principalTable: "PlanAreas",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
                table.ForeignKey(
                    name: "FK_Kpis_Plans_PlanId",
                    column: x => x.PlanId,
                    principalTable: "Plans",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade
                );
            }
        );

        migrationBuilder.CreateTable(
            name: "KpiMilestones",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                KpiId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                Label = table.Column<string>(nullable: false),
                DueDate_End = table.Column<DateOnly>(nullable: true),
                DueDate_IsInferred = table.Column<bool>(nullable: true),
                DueDate_Precision = table.Column<int>(nullable: true),
                DueDate_Start = table.Column<DateOnly>(nullable: true),
                DueDate_Text = table.Column<string>(nullable: true),
                Target_Comparator = table.Column<int>(nullable: true),
                Target_Text = table.Column<string>(nullable: true),
                Target_Unit = table.Column<string>(nullable: true),
                Target_Value = table.Number(provider, nullable: true),
                Version = table.Column<int>(nullable: false),
                SourceKey = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_KpiMilestones", x => x.Id);
                table.ForeignKey(
                    name: "FK_KpiMilestones_Kpis_KpiId",
                    column: x => x.KpiId,
                    principalTable: "Kpis",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade
                );
            }
        );

        migrationBuilder.CreateTable(
            name: "KpiActuals",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                KpiId = table.Column<Guid>(nullable: false),
                MilestoneId = table.Column<Guid>(nullable: true),
                Value = table.Number(provider, nullable: true),
                Text = table.Column<string>(nullable: true),
                Status = table.Column<int>(nullable: true),
                AsOf = table.Column<DateOnly>(nullable: true),
                IsAsOfInferred = table.Column<bool>(nullable: false),
                RecordedAt = table.Instant(provider, nullable: false),
                RecordedBy = table.Column<string>(nullable: true),
                Version = table.Column<int>(nullable: false),
                SourceKey = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_KpiActuals", x => x.Id);
                table.ForeignKey(
                    name: "FK_KpiActuals_KpiMilestones_MilestoneId",
                    column: x => x.MilestoneId,
                    principalTable: "KpiMilestones",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
                table.ForeignKey(
                    name: "FK_KpiActuals_Kpis_KpiId",
                    column: x => x.KpiId,
                    principalTable: "Kpis",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade
                );
            }
        );
    }
}
