using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace PartnershipGraph.Data.Migrations;

/// <summary>Adds the admin's users (ASP.NET Core Identity's user, claim, login and token tables) with their role and scope.</summary>
/// <remarks>Written by hand (EF's design-time tools do not restore here); column types follow the provider, see <see cref="ProviderColumns"/>.</remarks>
[DbContext(typeof(PartnershipDbContext))]
[Migration("20261201090000_AddAdminUsers")]
public sealed class AddAdminUsers : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var provider = migrationBuilder.ActiveProvider;
        migrationBuilder.CreateTable(
            name: "AdminUsers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(nullable: false),
                PersonId = table.Column<Guid>(nullable: true),
                LocalAreaId = table.Column<Guid>(nullable: true),
                IsDisabled = table.Column<bool>(nullable: false),
                CreatedAt = table.Instant(provider, nullable: false),
                UserName = table.Column<string>(nullable: true),
                NormalizedUserName = table.Column<string>(nullable: true),
                Email = table.Column<string>(nullable: true),
                NormalizedEmail = table.Column<string>(nullable: true),
                EmailConfirmed = table.Column<bool>(nullable: false),
                PasswordHash = table.Column<string>(nullable: true),
                SecurityStamp = table.Column<string>(nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
                PhoneNumber = table.Column<string>(nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                TwoFactorEnabled = table.Column<bool>(nullable: false),
                LockoutEnd = table.Instant(provider, nullable: true),
                LockoutEnabled = table.Column<bool>(nullable: false),
                AccessFailedCount = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AdminUsers", x => x.Id);
                table.ForeignKey(
                    name: "FK_AdminUsers_LocalAreas_LocalAreaId",
                    column: x => x.LocalAreaId,
                    principalTable: "LocalAreas",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
                table.ForeignKey(
                    name: "FK_AdminUsers_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict
                );
            }
        );
        CreateClaims(migrationBuilder);
        CreateLogins(migrationBuilder);
        CreateTokens(migrationBuilder);
        CreateIndexes(migrationBuilder);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "AdminUserClaims");
        migrationBuilder.DropTable(name: "AdminUserLogins");
        migrationBuilder.DropTable(name: "AdminUserTokens");
        migrationBuilder.DropTable(name: "AdminUsers");
    }

    private static void CreateClaims(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "AdminUserClaims",
            columns: table => new
            {
                // Each provider reads only its own annotation.
                Id = table
                    .Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation(
                        "Npgsql:ValueGenerationStrategy",
                        NpgsqlValueGenerationStrategy.IdentityByDefaultColumn
                    ),
                UserId = table.Column<Guid>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AdminUserClaims", x => x.Id);
                table.ForeignKey(
                    name: "FK_AdminUserClaims_AdminUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AdminUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade
                );
            }
        );

    private static void CreateLogins(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "AdminUserLogins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(nullable: false),
                ProviderKey = table.Column<string>(nullable: false),
                ProviderDisplayName = table.Column<string>(nullable: true),
                UserId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AdminUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey(
                    name: "FK_AdminUserLogins_AdminUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AdminUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade
                );
            }
        );

    private static void CreateTokens(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "AdminUserTokens",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                LoginProvider = table.Column<string>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey(
                    "PK_AdminUserTokens",
                    x => new
                    {
                        x.UserId,
                        x.LoginProvider,
                        x.Name,
                    }
                );
                table.ForeignKey(
                    name: "FK_AdminUserTokens_AdminUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AdminUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade
                );
            }
        );

    private static void CreateIndexes(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex(
            name: "IX_AdminUsers_NormalizedUserName",
            table: "AdminUsers",
            column: "NormalizedUserName",
            unique: true
        );
        migrationBuilder.CreateIndex(
            name: "IX_AdminUsers_NormalizedEmail",
            table: "AdminUsers",
            column: "NormalizedEmail"
        );
        migrationBuilder.CreateIndex(
            name: "IX_AdminUsers_LocalAreaId",
            table: "AdminUsers",
            column: "LocalAreaId"
        );
        migrationBuilder.CreateIndex(
            name: "IX_AdminUsers_PersonId",
            table: "AdminUsers",
            column: "PersonId"
        );
        migrationBuilder.CreateIndex(
            name: "IX_AdminUserClaims_UserId",
            table: "AdminUserClaims",
            column: "UserId"
        );
        migrationBuilder.CreateIndex(
            name: "IX_AdminUserLogins_UserId",
            table: "AdminUserLogins",
            column: "UserId"
        );
    }
}
