using Microsoft.Data.Sqlite;

namespace PartnershipGraph.Web.Tests.Infrastructure;

/// <summary>Lets go of a test's own SQLite file before its folder is deleted.</summary>
/// <remarks>
/// Never <see cref="SqliteConnection.ClearAllPools"/>: it clears every pool in the process, and under load its
/// leaked-connection reclaim can dispose the native handle of a connection a parallel test class is opening.
/// </remarks>
internal static class SqliteFiles
{
    /// <summary>Closes the idle pooled connections to the file at <paramref name="sqlitePath"/>, and only those.</summary>
    /// <param name="sqlitePath">The path as given to <c>Database:SqlitePath</c>; the pool key is its full path.</param>
    public static void ClearPool(string sqlitePath)
    {
        using var connection = new SqliteConnection($"Data Source={Path.GetFullPath(sqlitePath)}");
        SqliteConnection.ClearPool(connection);
    }
}
