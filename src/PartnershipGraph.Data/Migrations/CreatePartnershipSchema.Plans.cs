using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnershipGraph.Data.Migrations;

public sealed partial class CreatePartnershipSchema
{
    /// <summary>The plans, their versions and areas, and the actions with their leads, milestones and updates.</summary>
    private static void CreatePlansTables(MigrationBuilder migrationBuilder, string? provider)
    {
        migrationBuilder.CreateTable(
            name: "Plans",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                LocalAreaId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(nullable: false),
                IsTitleInferred = table.Column<bool>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                TriggerType = table.Column<string>(nullable: true),
                TriggerDescription = table.Column<string>(nullable: true),
                MonitoringBoardId = table.Column<Guid>(nullable: true),
                AreaLabel = table.Column<string>(nullable: false),
                IsPublished = table.Column<bool>(nullable: false),
                TriggerDate_End = table.Column<DateOnly>(nullable: true),
                TriggerDate_IsInferred = table.Column<bool>(nullable: true),
                TriggerDate_Precision = table.Column<int>(nullable: true),
                TriggerDate_Start = table.Column<DateOnly>(nullable: true),
                TriggerDate_Text = table.Column<string>(nullable: true),
                Version = table.Column<int>(nullable: false),
                SourceKey = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Plans", x => x.Id);
                table.ForeignKey(
                    name: "FK_Plans_Boards_MonitoringBoardId",
                    column: x => x.MonitoringBoardId,
                    principalTable: "Boards",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
                table.ForeignKey(
                    name: "FK_Plans_LocalAreas_LocalAreaId",
                    column: x => x.LocalAreaId,
                    principalTable: "LocalAreas",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
            }
        );

        migrationBuilder.CreateTable(
            name: "PlanAreas",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                Number = table.Column<int>(nullable: false),
                Title = table.Column<string>(nullable: false),
                WeaknessStatement = table.Column<string>(nullable: true),
                EndOutcome = table.Column<string>(nullable: true),
                Status = table.Column<int>(nullable: false),
                SteppedDownOn = table.Column<DateOnly>(nullable: true),
                StepDownReason = table.Column<string>(nullable: true),
                Version = table.Column<int>(nullable: false),
                SourceKey = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PlanAreas", x => x.Id);
                table.ForeignKey(
                    name: "FK_PlanAreas_Plans_PlanId",
                    column: x => x.PlanId,
                    principalTable: "Plans",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade
                );
            }
        );

        migrationBuilder.CreateTable(
            name: "PlanVersions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                Label = table.Column<string>(nullable: false),
                Event = table.Column<string>(nullable: true),
                Note = table.Column<string>(nullable: true),
                Date_End = table.Column<DateOnly>(nullable: true),
                Date_IsInferred = table.Column<bool>(nullable: true),
                Date_Precision = table.Column<int>(nullable: true),
                Date_Start = table.Column<DateOnly>(nullable: true),
                Date_Text = table.Column<string>(nullable: true),
                Version = table.Column<int>(nullable: false),
                SourceKey = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PlanVersions", x => x.Id);
                table.ForeignKey(
                    name: "FK_PlanVersions_Plans_PlanId",
                    column: x => x.PlanId,
                    principalTable: "Plans",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade
                );
            }
        );

        migrationBuilder.CreateTable(
            name: "Actions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanAreaId = table.Column<Guid>(nullable: false),
                Ref = table.Column<string>(nullable: false),
                ParentActionId = table.Column<Guid>(nullable: true),
                Description = table.Column<string>(nullable: false),
                Title = table.Column<string>(nullable: true),
                LeadOrganisationId = table.Column<Guid>(nullable: true),
                CurrentRag = table.Column<int>(nullable: false),
                KpiText = table.Column<string>(nullable: true),
                Notes = table.Column<string>(nullable: true),
                DueDate_End = table.Column<DateOnly>(nullable: true),
                DueDate_IsInferred = table.Column<bool>(nullable: true),
                DueDate_Precision = table.Column<int>(nullable: true),
                DueDate_Start = table.Column<DateOnly>(nullable: true),
                DueDate_Text = table.Column<string>(nullable: true),
                Version = table.Column<int>(nullable: false),
                SourceKey = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Actions", x => x.Id);
                table.ForeignKey(
                    name: "FK_Actions_Actions_ParentActionId",
                    column: x => x.ParentActionId,
                    principalTable: "Actions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
                table.ForeignKey(
                    name: "FK_Actions_Organisations_LeadOrganisationId",
                    column: x => x.LeadOrganisationId,
                    principalTable: "Organisations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
                table.ForeignKey(
                    name: "FK_Actions_PlanAreas_PlanAreaId",
                    column: x => x.PlanAreaId,
                    principalTable: "PlanAreas",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade
                );
            }
        );

        migrationBuilder.CreateTable(
            name: "PlanAreaLeads",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanAreaId = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: true),
                NameAsWritten = table.Column<string>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: true),
                Version = table.Column<int>(nullable: false),
                SourceKey = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PlanAreaLeads", x => x.Id);
                table.ForeignKey(
                    name: "FK_PlanAreaLeads_Organisations_OrganisationId",
                    column: x => x.OrganisationId,
                    principalTable: "Organisations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
                table.ForeignKey(
                    name: "FK_PlanAreaLeads_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
                table.ForeignKey(
                    name: "FK_PlanAreaLeads_PlanAreas_PlanAreaId",
                    column: x => x.PlanAreaId,
                    principalTable: "PlanAreas",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade
                );
            }
        );

        migrationBuilder.CreateTable(
            name: "ActionMilestones",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ActionId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                Text = table.Column<string>(nullable: false),
                ProgressAsWritten = table.Column<string>(nullable: true),
                IsAlignmentInferred = table.Column<bool>(nullable: false),
                DueDate_End = table.Column<DateOnly>(nullable: true),
                DueDate_IsInferred = table.Column<bool>(nullable: true),
                DueDate_Precision = table.Column<int>(nullable: true),
                DueDate_Start = table.Column<DateOnly>(nullable: true),
                DueDate_Text = table.Column<string>(nullable: true),
                Version = table.Column<int>(nullable: false),
                SourceKey = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActionMilestones", x => x.Id);
                table.ForeignKey(
                    name: "FK_ActionMilestones_Actions_ActionId",
                    column: x => x.ActionId,
                    principalTable: "Actions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade
                );
            }
        );

        migrationBuilder.CreateTable(
            name: "ActionResponsibles",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ActionId = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: true),
                NameAsWritten = table.Column<string>(nullable: false),
                IsGroup = table.Column<bool>(nullable: false),
                Version = table.Column<int>(nullable: false),
                SourceKey = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActionResponsibles", x => x.Id);
                table.ForeignKey(
                    name: "FK_ActionResponsibles_Actions_ActionId",
                    column: x => x.ActionId,
                    principalTable: "Actions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade
                );
                table.ForeignKey(
                    name: "FK_ActionResponsibles_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
            }
        );

        migrationBuilder.CreateTable(
            name: "ActionUpdates",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ActionId = table.Column<Guid>(nullable: false),
                RecordedAt = table.Instant(provider, nullable: false),
                Rag = table.Column<int>(nullable: false),
                RagAsWritten = table.Column<string>(nullable: true),
                IsRagInferred = table.Column<bool>(nullable: false),
                Narrative = table.Column<string>(nullable: true),
                AuthorPersonId = table.Column<Guid>(nullable: true),
                AuthorName = table.Column<string>(nullable: true),
                Version = table.Column<int>(nullable: false),
                SourceKey = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActionUpdates", x => x.Id);
                table.ForeignKey(
                    name: "FK_ActionUpdates_Actions_ActionId",
                    column: x => x.ActionId,
                    principalTable: "Actions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade
                );
                table.ForeignKey(
                    name: "FK_ActionUpdates_People_AuthorPersonId",
                    column: x => x.AuthorPersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
            }
        );

        migrationBuilder.CreateTable(
            name: "SchoolActionRoles",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SchoolId = table.Column<Guid>(nullable: false),
                ActionId = table.Column<Guid>(nullable: false),
                Description = table.Column<string>(nullable: true),
                Version = table.Column<int>(nullable: false),
                SourceKey = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SchoolActionRoles", x => x.Id);
                table.ForeignKey(
                    name: "FK_SchoolActionRoles_Actions_ActionId",
                    column: x => x.ActionId,
                    principalTable: "Actions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
                table.ForeignKey(
                    name: "FK_SchoolActionRoles_Schools_SchoolId",
                    column: x => x.SchoolId,
                    principalTable: "Schools",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade
                );
            }
        );
    }
}
