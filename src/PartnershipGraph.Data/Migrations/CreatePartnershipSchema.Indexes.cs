using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnershipGraph.Data.Migrations;

public sealed partial class CreatePartnershipSchema
{
    /// <summary>The foreign-key, import-key and lookup indexes.</summary>
    private static void CreateIndexes(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex(
            name: "IX_ActionMilestones_ActionId",
            table: "ActionMilestones",
            column: "ActionId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_ActionMilestones_SourceKey",
            table: "ActionMilestones",
            column: "SourceKey",
            unique: true
        );

        migrationBuilder.CreateIndex(
            name: "IX_ActionResponsibles_ActionId",
            table: "ActionResponsibles",
            column: "ActionId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_ActionResponsibles_PersonId",
            table: "ActionResponsibles",
            column: "PersonId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_ActionResponsibles_SourceKey",
            table: "ActionResponsibles",
            column: "SourceKey",
            unique: true
        );

        migrationBuilder.CreateIndex(
            name: "IX_ActionUpdates_ActionId_RecordedAt",
            table: "ActionUpdates",
            columns: new[] { "ActionId", "RecordedAt" }
        );

        migrationBuilder.CreateIndex(
            name: "IX_ActionUpdates_AuthorPersonId",
            table: "ActionUpdates",
            column: "AuthorPersonId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_ActionUpdates_SourceKey",
            table: "ActionUpdates",
            column: "SourceKey",
            unique: true
        );

        migrationBuilder.CreateIndex(
            name: "IX_Actions_CurrentRag",
            table: "Actions",
            column: "CurrentRag"
        );

        migrationBuilder.CreateIndex(
            name: "IX_Actions_LeadOrganisationId",
            table: "Actions",
            column: "LeadOrganisationId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_Actions_ParentActionId",
            table: "Actions",
            column: "ParentActionId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_Actions_PlanAreaId_Ref",
            table: "Actions",
            columns: new[] { "PlanAreaId", "Ref" },
            unique: true
        );

        migrationBuilder.CreateIndex(
            name: "IX_Actions_SourceKey",
            table: "Actions",
            column: "SourceKey",
            unique: true
        );

        migrationBuilder.CreateIndex(
            name: "IX_AuditEntries_At",
            table: "AuditEntries",
            column: "At"
        );

        migrationBuilder.CreateIndex(
            name: "IX_AuditEntries_EntityType_EntityId",
            table: "AuditEntries",
            columns: new[] { "EntityType", "EntityId" }
        );

        migrationBuilder.CreateIndex(
            name: "IX_BoardMemberships_BoardId",
            table: "BoardMemberships",
            column: "BoardId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_BoardMemberships_PersonId",
            table: "BoardMemberships",
            column: "PersonId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_BoardMemberships_SourceKey",
            table: "BoardMemberships",
            column: "SourceKey",
            unique: true
        );

        migrationBuilder.CreateIndex(
            name: "IX_Boards_LocalAreaId",
            table: "Boards",
            column: "LocalAreaId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_Boards_ParentBoardId",
            table: "Boards",
            column: "ParentBoardId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_Boards_ReplacedByBoardId",
            table: "Boards",
            column: "ReplacedByBoardId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_Boards_SourceKey",
            table: "Boards",
            column: "SourceKey",
            unique: true
        );

        migrationBuilder.CreateIndex(
            name: "IX_KpiActuals_KpiId",
            table: "KpiActuals",
            column: "KpiId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_KpiActuals_MilestoneId",
            table: "KpiActuals",
            column: "MilestoneId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_KpiActuals_SourceKey",
            table: "KpiActuals",
            column: "SourceKey",
            unique: true
        );

        migrationBuilder.CreateIndex(
            name: "IX_KpiMilestones_KpiId",
            table: "KpiMilestones",
            column: "KpiId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_KpiMilestones_SourceKey",
            table: "KpiMilestones",
            column: "SourceKey",
            unique: true
        );

        migrationBuilder.CreateIndex(name: "IX_Kpis_ActionId", table: "Kpis", column: "ActionId");

        migrationBuilder.CreateIndex(
            name: "IX_Kpis_PlanAreaId",
            table: "Kpis",
            column: "PlanAreaId"
        );

        migrationBuilder.CreateIndex(name: "IX_Kpis_PlanId", table: "Kpis", column: "PlanId");

        migrationBuilder.CreateIndex(
            name: "IX_Kpis_SourceKey",
            table: "Kpis",
            column: "SourceKey",
            unique: true
        );

        migrationBuilder.CreateIndex(
            name: "IX_LocalAreas_SourceKey",
            table: "LocalAreas",
            column: "SourceKey",
            unique: true
        );

        migrationBuilder.CreateIndex(
            name: "IX_Organisations_LocalAreaId",
            table: "Organisations",
            column: "LocalAreaId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_Organisations_SourceKey",
            table: "Organisations",
            column: "SourceKey",
            unique: true
        );

        migrationBuilder.CreateIndex(
            name: "IX_People_LocalAreaId",
            table: "People",
            column: "LocalAreaId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_People_OrganisationId",
            table: "People",
            column: "OrganisationId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_People_SourceKey",
            table: "People",
            column: "SourceKey",
            unique: true
        );

        migrationBuilder.CreateIndex(
            name: "IX_PlanAreaLeads_OrganisationId",
            table: "PlanAreaLeads",
            column: "OrganisationId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_PlanAreaLeads_PersonId",
            table: "PlanAreaLeads",
            column: "PersonId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_PlanAreaLeads_PlanAreaId",
            table: "PlanAreaLeads",
            column: "PlanAreaId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_PlanAreaLeads_SourceKey",
            table: "PlanAreaLeads",
            column: "SourceKey",
            unique: true
        );

        migrationBuilder.CreateIndex(
            name: "IX_PlanAreas_PlanId_Number",
            table: "PlanAreas",
            columns: new[] { "PlanId", "Number" },
            unique: true
        );

        migrationBuilder.CreateIndex(
            name: "IX_PlanAreas_SourceKey",
            table: "PlanAreas",
            column: "SourceKey",
            unique: true
        );

        migrationBuilder.CreateIndex(
            name: "IX_PlanVersions_PlanId",
            table: "PlanVersions",
            column: "PlanId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_PlanVersions_SourceKey",
            table: "PlanVersions",
            column: "SourceKey",
            unique: true
        );

        migrationBuilder.CreateIndex(
            name: "IX_Plans_LocalAreaId",
            table: "Plans",
            column: "LocalAreaId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_Plans_MonitoringBoardId",
            table: "Plans",
            column: "MonitoringBoardId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_Plans_SourceKey",
            table: "Plans",
            column: "SourceKey",
            unique: true
        );

        migrationBuilder.CreateIndex(
            name: "IX_SchoolActionRoles_ActionId",
            table: "SchoolActionRoles",
            column: "ActionId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_SchoolActionRoles_SchoolId",
            table: "SchoolActionRoles",
            column: "SchoolId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_SchoolActionRoles_SourceKey",
            table: "SchoolActionRoles",
            column: "SourceKey",
            unique: true
        );

        migrationBuilder.CreateIndex(
            name: "IX_SchoolBoardSeats_BoardId",
            table: "SchoolBoardSeats",
            column: "BoardId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_SchoolBoardSeats_SchoolId",
            table: "SchoolBoardSeats",
            column: "SchoolId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_SchoolBoardSeats_SourceKey",
            table: "SchoolBoardSeats",
            column: "SourceKey",
            unique: true
        );

        migrationBuilder.CreateIndex(
            name: "IX_Schools_LocalAreaId",
            table: "Schools",
            column: "LocalAreaId"
        );

        migrationBuilder.CreateIndex(
            name: "IX_Schools_SourceKey",
            table: "Schools",
            column: "SourceKey",
            unique: true
        );

        migrationBuilder.CreateIndex(
            name: "IX_Schools_TrustOrganisationId",
            table: "Schools",
            column: "TrustOrganisationId"
        );
    }
}
