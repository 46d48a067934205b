using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Execution;

/// <summary>A thread-safe, bounded, least-recently-used cache of parsed and validated documents keyed by their source text.</summary>
/// <remarks>A repeated query is neither parsed nor validated again. Documents that do not parse are not kept.</remarks>
public sealed class DocumentCache
{
    private readonly Dictionary<
        string,
        LinkedListNode<(string Key, CachedDocument Value)>
    > _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, CachedDocument Value)> _recency = new();
    private readonly Lock _lock = new();
    private long _hits;
    private long _misses;

    /// <summary>Creates a cache holding at most <paramref name="capacity"/> documents.</summary>
    /// <param name="capacity">The most documents kept; 1000 by default.</param>
    public DocumentCache(int capacity = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    /// <summary>The most documents kept.</summary>
    public int Capacity { get; }

    /// <summary>How many documents are kept now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>How many look-ups found their document.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>How many look-ups had to parse and validate.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>The cached document for the source text, parsing and validating it on a miss.</summary>
    /// <exception cref="GraphQLError">The text does not parse (the failure is not cached).</exception>
    public CachedDocument GetOrAdd(
        string source,
        Func<string, DocumentNode> parse,
        Func<DocumentNode, IReadOnlyList<GraphQLError>> validate
    )
    {
        if (TryGet(source, out var cached))
        {
            Interlocked.Increment(ref _hits);
            return cached;
        }
        Interlocked.Increment(ref _misses);
        var document = parse(source);
        var entry = new CachedDocument(document, validate(document));
        Add(source, entry);
        return entry;
    }

    /// <summary>The cached document for the source text, if kept; marks it most recently used.</summary>
    public bool TryGet(
        string source,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CachedDocument? document
    )
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(source, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                document = node.Value.Value;
                return true;
            }
        }
        document = null;
        return false;
    }

    /// <summary>Empties the cache (the counters are kept).</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
            _recency.Clear();
        }
    }

    private void Add(string source, CachedDocument document)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(source, out var existing))
            {
                _recency.Remove(existing);
            }
            var node = _recency.AddFirst((source, document));
            _entries[source] = node;
            while (_entries.Count > Capacity)
            {
                var last = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(last.Value.Key);
            }
        }
    }
}
