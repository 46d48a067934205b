using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnershipGraph.Data.Tests.Infrastructure;

/// <summary>A schema as comparable lines (EF's own history and lock tables left out): one per column, index and foreign key, read from the EF model or a database catalog.</summary>
public static class SchemaDescription
{
    private const string HistoryTable = "__EFMigrations";

    /// <summary>What the EF model expects the database to contain.</summary>
    public static IReadOnlyList<string> FromModel(PartnershipDbContext db)
    {
        var lines = new List<string>();
        foreach (var table in db.Model.GetRelationalModel().Tables)
        {
            foreach (var column in table.Columns)
            {
                lines.Add(Column(table.Name, column.Name, column.StoreType, column.IsNullable));
            }
            lines.Add(Key(table.Name, table.PrimaryKey!.Columns.Select(c => c.Name)));
            foreach (var index in table.Indexes)
            {
                lines.Add(
                    Index(table.Name, index.Name, index.IsUnique, index.Columns.Select(c => c.Name))
                );
            }
            foreach (var fk in table.ForeignKeyConstraints)
            {
                lines.Add(
                    ForeignKey(
                        table.Name,
                        fk.Columns.Select(c => c.Name),
                        fk.PrincipalTable.Name,
                        fk.OnDeleteAction == ReferentialAction.Cascade ? "CASCADE" : "RESTRICT"
                    )
                );
            }
        }
        return [.. lines.Order(StringComparer.Ordinal)];
    }

    /// <summary>What the migrated database actually contains.</summary>
    public static async Task<IReadOnlyList<string>> FromCatalogAsync(PartnershipDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var lines = db.Database.IsSqlite()
            ? await ReadSqliteAsync(connection)
            : await ReadPostgresAsync(connection);
        return
        [
            .. lines
                .Where(l => !l.Contains(HistoryTable, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal),
        ];
    }

    private static async Task<List<string>> ReadSqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(
            connection,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        );
        foreach (var table in tables.Select(t => t[0]))
        {
            var columns = await QueryAsync(connection, $"PRAGMA table_info(\"{table}\")");
            lines.AddRange(columns.Select(c => Column(table, c[1], c[2], c[3] == "0")));
            lines.Add(
                Key(
                    table,
                    columns.Where(c => c[5] != "0").OrderBy(c => int.Parse(c[5])).Select(c => c[1])
                )
            );
            foreach (var index in await QueryAsync(connection, $"PRAGMA index_list(\"{table}\")"))
            {
                if (index[3] != "c")
                {
                    continue;
                }
                var indexColumns = await QueryAsync(
                    connection,
                    $"PRAGMA index_info(\"{index[1]}\")"
                );
                lines.Add(Index(table, index[1], index[2] == "1", indexColumns.Select(c => c[2])));
            }
            var keys = await QueryAsync(connection, $"PRAGMA foreign_key_list(\"{table}\")");
            lines.AddRange(
                keys.GroupBy(k => k[0])
                    .Select(k => ForeignKey(table, k.Select(c => c[3]), k.First()[2], k.First()[6]))
            );
        }
        return lines;
    }

    private static async Task<List<string>> ReadPostgresAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var columns = await QueryAsync(
            connection,
            """
            SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
            WHERE table_schema = 'public'
            """
        );
        lines.AddRange(columns.Select(c => Column(c[0], c[1], c[2], c[3] == "YES")));
        var indexes = await QueryAsync(
            connection,
            """
            SELECT t.relname, i.relname, ix.indisunique::text, ix.indisprimary::text,
                   string_agg(a.attname, ',' ORDER BY k.ord)
            FROM pg_index ix
            JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_class t ON t.oid = ix.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
            WHERE n.nspname = 'public'
            GROUP BY t.relname, i.relname, ix.indisunique, ix.indisprimary
            """
        );
        foreach (var index in indexes)
        {
            lines.Add(
                index[3] == "true"
                    ? Key(index[0], index[4].Split(','))
                    : Index(index[0], index[1], index[2] == "true", index[4].Split(','))
            );
        }
        var keys = await QueryAsync(
            connection,
            """
            SELECT t.relname, f.relname, c.confdeltype::text,
                   (SELECT string_agg(a.attname, ',' ORDER BY k.ord)
                    FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum)
            FROM pg_constraint c
            JOIN pg_class t ON t.oid = c.conrelid
            JOIN pg_class f ON f.oid = c.confrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE c.contype = 'f' AND n.nspname = 'public'
            """
        );
        lines.AddRange(
            keys.Select(k =>
                ForeignKey(
                    k[0],
                    k[3].Split(','),
                    k[1],
                    k[2] == "c" ? "CASCADE"
                        : k[2] == "r" ? "RESTRICT"
                        : k[2]
                )
            )
        );
        return lines;
    }

    private static async Task<List<string[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i)
                    ? ""
                    : Convert.ToString(
                        reader.GetValue(i),
                        System.Globalization.CultureInfo.InvariantCulture
                    )!;
            }
            rows.Add(row);
        }
        return rows;
    }

    private static string Column(string table, string name, string type, bool nullable) =>
        $"{table}.{name} {type.ToUpperInvariant()} {(nullable ? "NULL" : "NOT NULL")}";

    private static string Key(string table, IEnumerable<string> columns) =>
        $"{table} PRIMARY KEY ({string.Join(", ", columns)})";

    private static string Index(
        string table,
        string name,
        bool unique,
        IEnumerable<string> columns
    ) => $"{table} {(unique ? "UNIQUE " : "")}INDEX {name} ({string.Join(", ", columns)})";

    private static string ForeignKey(
        string table,
        IEnumerable<string> columns,
        string principal,
        string onDelete
    ) =>
        $"{table} FOREIGN KEY ({string.Join(", ", columns)}) REFERENCES {principal} ON DELETE {onDelete.ToUpperInvariant()}";
}
