using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnershipGraph.Data.Migrations;

/// <summary>Creates the tables of every entity: local areas, organisations, people, boards, schools, plans, actions, KPIs and the audit trail.</summary>
/// <remarks>Written by hand (EF's design-time tools do not restore here); column types follow the provider, see <see cref="ProviderColumns"/>.</remarks>
[DbContext(typeof(PartnershipDbContext))]
[Migration("20261130093000_CreatePartnershipSchema")]
public sealed class CreatePartnershipSchema : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var provider = migrationBuilder.ActiveProvider;
        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                At = table.Instant(provider, nullable: false),
                Actor = table.Column<string>(nullable: false),
                EntityType = table.Column<string>(nullable: false),
                EntityId = table.Column<Guid>(nullable: false),
                Operation = table.Column<string>(nullable: false),
                Before = table.Column<string>(nullable: true),
                After = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditEntries", x => x.Id);
            }
        );

        migrationBuilder.CreateTable(
            name: "LocalAreas",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(nullable: false),
                LocalAuthorityCode = table.Column<string>(nullable: true),
                PartnershipName = table.Column<string>(nullable: true),
                Version = table.Column<int>(nullable: false),
                SourceKey = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_LocalAreas", x => x.Id);
            }
        );

        migrationBuilder.CreateTable(
            name: "Boards",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                LocalAreaId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(nullable: false),
                ShortName = table.Column<string>(nullable: true),
                Purpose = table.Column<string>(nullable: true),
                MeetingCadence = table.Column<string>(nullable: true),
                ParentBoardId = table.Column<Guid>(nullable: true),
                ReplacedByBoardId = table.Column<Guid>(nullable: true),
                FormerNames = table.Column<string>(nullable: true),
                Notes = table.Column<string>(nullable: true),
                Version = table.Column<int>(nullable: false),
                SourceKey = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Boards", x => x.Id);
                table.ForeignKey(
                    name: "FK_Boards_Boards_ParentBoardId",
                    column: x => x.ParentBoardId,
                    principalTable: "Boards",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
                table.ForeignKey(
                    name: "FK_Boards_Boards_ReplacedByBoardId",
                    column: x => x.ReplacedByBoardId,
                    principalTable: "Boards",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
                table.ForeignKey(
                    name: "FK_Boards_LocalAreas_LocalAreaId",
                    column: x => x.LocalAreaId,
                    principalTable: "LocalAreas",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
            }
        );

        migrationBuilder.CreateTable(
            name: "Organisations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                LocalAreaId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(nullable: false),
                ShortName = table.Column<string>(nullable: true),
                Kind = table.Column<int>(nullable: false),
                Notes = table.Column<string>(nullable: true),
                IsInferred = table.Column<bool>(nullable: false),
                Version = table.Column<int>(nullable: false),
                SourceKey = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Organisations", x => x.Id);
                table.ForeignKey(
                    name: "FK_Organisations_LocalAreas_LocalAreaId",
                    column: x => x.LocalAreaId,
                    principalTable: "LocalAreas",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
            }
        );

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
            name: "People",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                LocalAreaId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(nullable: false),
                JobTitle = table.Column<string>(nullable: true),
                OrganisationId = table.Column<Guid>(nullable: true),
                Version = table.Column<int>(nullable: false),
                SourceKey = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_People", x => x.Id);
                table.ForeignKey(
                    name: "FK_People_LocalAreas_LocalAreaId",
                    column: x => x.LocalAreaId,
                    principalTable: "LocalAreas",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
                table.ForeignKey(
                    name: "FK_People_Organisations_OrganisationId",
                    column: x => x.OrganisationId,
                    principalTable: "Organisations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
            }
        );

        migrationBuilder.CreateTable(
            name: "Schools",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                LocalAreaId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Urn = table.Column<string>(nullable: true),
                Phase = table.Column<int>(nullable: false),
                IsPhaseInferred = table.Column<bool>(nullable: false),
                Type = table.Column<int>(nullable: false),
                TrustOrganisationId = table.Column<Guid>(nullable: true),
                Locality = table.Column<string>(nullable: true),
                AliasesAsWritten = table.Column<string>(nullable: true),
                Roles = table.Column<string>(nullable: true),
                Notes = table.Column<string>(nullable: true),
                Version = table.Column<int>(nullable: false),
                SourceKey = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Schools", x => x.Id);
                table.ForeignKey(
                    name: "FK_Schools_LocalAreas_LocalAreaId",
                    column: x => x.LocalAreaId,
                    principalTable: "LocalAreas",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
                table.ForeignKey(
                    name: "FK_Schools_Organisations_TrustOrganisationId",
                    column: x => x.TrustOrganisationId,
                    principalTable: "Organisations",
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
            name: "BoardMemberships",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                BoardId = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: false),
                Role = table.Column<int>(nullable: false),
                RoleAsWritten = table.Column<string>(nullable: true),
                Version = table.Column<int>(nullable: false),
                SourceKey = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BoardMemberships", x => x.Id);
                table.ForeignKey(
                    name: "FK_BoardMemberships_Boards_BoardId",
                    column: x => x.BoardId,
                    principalTable: "Boards",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade
                );
                table.ForeignKey(
                    name: "FK_BoardMemberships_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
            }
        );

        migrationBuilder.CreateTable(
            name: "SchoolBoardSeats",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SchoolId = table.Column<Guid>(nullable: false),
                BoardId = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: false),
                SourceKey = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SchoolBoardSeats", x => x.Id);
                table.ForeignKey(
                    name: "FK_SchoolBoardSeats_Boards_BoardId",
                    column: x => x.BoardId,
                    principalTable: "Boards",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
                table.ForeignKey(
                    name: "FK_SchoolBoardSeats_Schools_SchoolId",
                    column: x => x.SchoolId,
                    principalTable: "Schools",
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
