using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnershipGraph.Data.Migrations;

/// <summary>Adds the <c>ApiKeys</c> table: hashed, revocable API keys scoped to a role, a local area and, for area leads, a person.</summary>
/// <remarks>Written by hand (EF's design-time tools do not restore here); column types follow the provider, see <see cref="ProviderColumns"/>.</remarks>
[DbContext(typeof(PartnershipDbContext))]
[Migration("20261130103000_AddApiKeys")]
public sealed class AddApiKeys : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var provider = migrationBuilder.ActiveProvider;
        migrationBuilder.CreateTable(
            name: "ApiKeys",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Role = table.Column<string>(nullable: false),
                PersonId = table.Column<Guid>(nullable: true),
                LocalAreaId = table.Column<Guid>(nullable: true),
                Prefix = table.Column<string>(nullable: false),
                Hash = table.Column<string>(nullable: false),
                CreatedAt = table.Instant(provider, nullable: false),
                RevokedAt = table.Instant(provider, nullable: true),
                LastUsedAt = table.Instant(provider, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ApiKeys", x => x.Id);
                table.ForeignKey(
                    name: "FK_ApiKeys_LocalAreas_LocalAreaId",
                    column: x => x.LocalAreaId,
                    principalTable: "LocalAreas",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
                table.ForeignKey(
                    name: "FK_ApiKeys_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
            }
        );

        migrationBuilder.CreateIndex(
            name: "IX_ApiKeys_Hash",
            table: "ApiKeys",
            column: "Hash",
            unique: true
        );
        migrationBuilder.CreateIndex(
            name: "IX_ApiKeys_LocalAreaId",
            table: "ApiKeys",
            column: "LocalAreaId"
        );
        migrationBuilder.CreateIndex(
            name: "IX_ApiKeys_PersonId",
            table: "ApiKeys",
            column: "PersonId"
        );
        migrationBuilder.CreateIndex(name: "IX_ApiKeys_Prefix", table: "ApiKeys", column: "Prefix");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "ApiKeys");
}
