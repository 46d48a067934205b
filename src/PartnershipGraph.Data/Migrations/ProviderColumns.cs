using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace PartnershipGraph.Data.Migrations;

/// <summary>Columns whose stored type differs by provider, so one hand-written migration serves SQLite and PostgreSQL.</summary>
internal static class ProviderColumns
{
    private const string Sqlite = "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>A <see cref="DateTimeOffset"/>: UTC ticks in SQLite, <c>timestamp with time zone</c> in PostgreSQL.</summary>
    public static OperationBuilder<AddColumnOperation> Instant(
        this ColumnsBuilder table,
        string? provider,
        bool nullable
    ) =>
        provider == Sqlite
            ? table.Column<long>(nullable: nullable)
            : table.Column<DateTimeOffset>(nullable: nullable);

    /// <summary>A <see cref="decimal"/>: REAL in SQLite, <c>numeric</c> in PostgreSQL.</summary>
    public static OperationBuilder<AddColumnOperation> Number(
        this ColumnsBuilder table,
        string? provider,
        bool nullable
    ) =>
        provider == Sqlite
            ? table.Column<double>(nullable: nullable)
            : table.Column<decimal>(nullable: nullable);
}
