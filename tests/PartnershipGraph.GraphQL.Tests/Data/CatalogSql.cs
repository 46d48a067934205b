using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace PartnershipGraph.GraphQL.Tests.Data;

/// <summary>The SQL of a catalog query, with table aliases quoted the same way on every provider.</summary>
public static partial class CatalogSql
{
    /// <summary>The query's SQL, its aliases quoted as SQLite does (<c>"p"."Id"</c>, <c>AS "p"</c>); PostgreSQL leaves them bare.</summary>
    public static string ToCatalogSql<T>(this IQueryable<T> query) =>
        Normalize(query.ToQueryString());

    /// <summary>Quotes the bare lower-case aliases PostgreSQL writes.</summary>
    public static string Normalize(string sql) =>
        AsAlias().Replace(QualifiedAlias().Replace(sql, "\"$1\"."), "AS \"$1\"");

    [GeneratedRegex("""(?<![\w"@])([a-z][a-z0-9]*)\.(?=")""")]
    private static partial Regex QualifiedAlias();

    [GeneratedRegex("""\bAS ([a-z][a-z0-9]*)\b""")]
    private static partial Regex AsAlias();
}
