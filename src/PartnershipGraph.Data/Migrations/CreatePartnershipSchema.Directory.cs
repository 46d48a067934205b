using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnershipGraph.Data.Migrations;

public sealed partial class CreatePartnershipSchema
{
    /// <summary>The local areas, organisations, people, boards, schools and the audit trail.</summary>
    private static void CreateDirectoryTables(MigrationBuilder migrationBuilder, string? provider)
    {
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
    }
}
