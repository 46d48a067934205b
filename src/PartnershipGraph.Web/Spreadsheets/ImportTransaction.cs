using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PartnershipGraph.Data;

namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>
/// One connection and one transaction that every context it creates shares, so the services, each opening its own
/// context, write an import together: committed once, or rolled back entirely.
/// </summary>
internal sealed class ImportTransaction : IDbContextFactory<PartnershipDbContext>, IAsyncDisposable
{
    private readonly IDbContextFactory<PartnershipDbContext> _contexts;
    private readonly PartnershipDbContext _owner;
    private readonly IDbContextTransaction _transaction;

    private ImportTransaction(
        IDbContextFactory<PartnershipDbContext> contexts,
        PartnershipDbContext owner,
        IDbContextTransaction transaction
    )
    {
        _contexts = contexts;
        _owner = owner;
        _transaction = transaction;
    }

    private DbConnection Connection => _owner.Database.GetDbConnection();

    public static async Task<ImportTransaction> BeginAsync(
        IDbContextFactory<PartnershipDbContext> contexts,
        CancellationToken ct
    )
    {
        var owner = await contexts.CreateDbContextAsync(ct);
        var transaction = await owner.Database.BeginTransactionAsync(ct);
        return new ImportTransaction(contexts, owner, transaction);
    }

    public PartnershipDbContext CreateDbContext()
    {
        var db = _contexts.CreateDbContext();
        db.Database.SetDbConnection(Connection, contextOwnsConnection: false);
        db.Database.UseTransaction(_transaction.GetDbTransaction());
        return db;
    }

    public Task CommitAsync(CancellationToken ct) => _transaction.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _owner.DisposeAsync();
    }
}
