using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data.SampleData.Importing;
using PartnershipGraph.Data.SampleData.Json;

namespace PartnershipGraph.Data.SampleData;

/// <summary>Loads the sample plans (North Somerset, Portsmouth, B&amp;NES and Somerset schools) into an empty database.</summary>
/// <remarks>
/// Every file is read and checked before anything is written, and everything is written in one transaction,
/// so a malformed file leaves the database untouched. Each row carries a <c>SourceKey</c> naming where it came from.
/// </remarks>
/// <param name="db">The context to write through.</param>
/// <param name="openFile">Opens a sample file by name; defaults to the files embedded in this assembly.</param>
public sealed class SampleDataLoader(PartnershipDbContext db, Func<string, Stream>? openFile = null)
{
    private readonly Func<string, Stream> _openFile = openFile ?? SampleDataFiles.OpenEmbedded;

    /// <summary>Imports the sample data unless the database already holds a local area.</summary>
    /// <returns>True when the data was imported; false when the database was not empty.</returns>
    /// <exception cref="SampleDataException">A file is malformed; nothing was written.</exception>
    public async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.LocalAreas.AnyAsync(cancellationToken))
        {
            return false;
        }
        var northSomerset = SampleDataReader.Read<NorthSomersetFile>(
            _openFile,
            SampleDataFiles.NorthSomerset
        );
        var portsmouth = SampleDataReader.Read<PortsmouthFile>(
            _openFile,
            SampleDataFiles.Portsmouth
        );
        var schools = SampleDataReader.Read<BanesSchoolsFile>(
            _openFile,
            SampleDataFiles.BanesAndSomersetSchools
        );

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(
                cancellationToken
            );
            new NorthSomersetImporter(db, northSomerset).Import();
            new PortsmouthImporter(db, portsmouth).Import();
            new BanesAndSomersetImporter(db, schools).Import();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Two instances started on one empty PostgreSQL database: the unique SourceKey let only one load.
            if (await LoadedByAnotherInstanceAsync(cancellationToken))
            {
                return false;
            }
            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<bool> LoadedByAnotherInstanceAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.LocalAreas.AnyAsync(cancellationToken);
    }
}
