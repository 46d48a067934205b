namespace PartnershipGraph.GraphQL.Language;

/// <summary>
/// Reusable lists the parser collects children in before copying them to an exactly sized array,
/// so that a syntax tree holds one array per list and no growth garbage.
/// </summary>
internal static class ScratchList<T>
{
    private const int MaxPooled = 64;
    private const int MaxPooledCapacity = 1024;

    [ThreadStatic]
    private static Stack<List<T>>? _pool;

    public static List<T> Rent() => _pool is { Count: > 0 } pool ? pool.Pop() : new List<T>(8);

    /// <summary>Copies the items to an array and gives the list back for reuse.</summary>
    public static T[] ToArrayAndReturn(List<T> list)
    {
        var items = list.Count == 0 ? [] : list.ToArray();
        list.Clear();
        _pool ??= new Stack<List<T>>();
        if (_pool.Count < MaxPooled && list.Capacity <= MaxPooledCapacity)
        {
            _pool.Push(list);
        }
        return items;
    }
}
