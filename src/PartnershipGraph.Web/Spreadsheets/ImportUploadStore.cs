using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>
/// Keeps an uploaded file between its preview and "Apply", under a random token, for the user who uploaded it, for
/// half an hour at most. In memory: an apply must reach the instance that showed the preview, or upload again.
/// </summary>
public sealed class ImportUploadStore(TimeProvider time)
{
    /// <summary>How long an upload waits for "Apply".</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>The most uploads kept at once; the oldest is dropped first.</summary>
    public const int Capacity = 32;

    private readonly ConcurrentDictionary<string, StoredImport> _imports = new(
        StringComparer.Ordinal
    );

    /// <summary>Keeps an upload and its preview's versions; returns the token that fetches it.</summary>
    public string Add(string userName, Guid planId, PlanUpload upload, ImportPreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var now = time.GetUtcNow();
        foreach (var (key, stored) in _imports)
        {
            if (stored.ExpiresAt <= now)
            {
                _imports.TryRemove(key, out _);
            }
        }
        while (
            _imports.Count >= Capacity
            && _imports.MinBy(p => p.Value.ExpiresAt) is { Key: { } oldest }
        )
        {
            _imports.TryRemove(oldest, out _);
        }
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        _imports[token] = new StoredImport(
            userName,
            planId,
            upload,
            preview.Versions,
            now + Lifetime
        );
        return token;
    }

    /// <summary>Removes and returns the upload, if the token is known, unexpired, and the same user's for the same plan.</summary>
    public StoredImport? Take(string? token, string userName, Guid planId)
    {
        if (token is null || !_imports.TryRemove(token, out var stored))
        {
            return null;
        }
        return
            stored.UserName == userName
            && stored.PlanId == planId
            && stored.ExpiresAt > time.GetUtcNow()
            ? stored
            : null;
    }
}
