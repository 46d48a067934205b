namespace PartnershipGraph.GraphQL.Language;

/// <summary>
/// A small per-thread cache of recently seen names, so that parsing the same names again (the usual
/// case for an API's documents) does not allocate a new string for each.
/// </summary>
internal static class NameTable
{
    private const int Size = 512;
    private const int MaxCachedLength = 64;

    [ThreadStatic]
    private static string?[]? _entries;

    public static string Get(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxCachedLength)
        {
            return new string(name);
        }
        var entries = _entries ??= new string?[Size];
        var slot = (int)((uint)string.GetHashCode(name) % Size);
        var entry = entries[slot];
        if (entry is not null && name.SequenceEqual(entry))
        {
            return entry;
        }
        entry = new string(name);
        entries[slot] = entry;
        return entry;
    }
}
