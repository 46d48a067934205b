using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartnershipGraph.Web.Benchmarks;

/// <summary>Counts the SQL commands EF Core sends that read rows, as the web tests do.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private int _count;
    private string _lastCommand = "";

    /// <summary>The commands counted since the last reset.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The text of the last command counted.</summary>
    public string LastCommand => Volatile.Read(ref _lastCommand);

    /// <summary>Starts counting again from zero.</summary>
    public void Reset() => Interlocked.Exchange(ref _count, 0);

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default
    )
    {
        Interlocked.Increment(ref _count);
        Volatile.Write(ref _lastCommand, command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <inheritdoc />
    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result
    )
    {
        Interlocked.Increment(ref _count);
        Volatile.Write(ref _lastCommand, command.CommandText);
        return base.ReaderExecuting(command, eventData, result);
    }
}
