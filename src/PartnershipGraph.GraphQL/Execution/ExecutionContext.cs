using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Execution;

/// <summary>What one execution of an operation shares: the schema, document parts, coerced variables, request values and the errors raised so far.</summary>
internal sealed class ExecutionContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<(List<FieldNode>, ObjectType), CollectedFields> _subfields = new(
        SubfieldKeyComparer.Instance
    );

    public required Schema Schema { get; init; }

    public required ExecutionOptions Options { get; init; }

    public required OperationDefinitionNode Operation { get; init; }

    public required IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; init; }

    public required IReadOnlyDictionary<string, object?> VariableValues { get; init; }

    public object? RootValue { get; init; }

    public required IServiceProvider Services { get; init; }

    private IDictionary<string, object?>? _contextItems;

    /// <summary>The request's context items; a thread-safe dictionary is created on first use when the request brought none.</summary>
    public IDictionary<string, object?> ContextItems
    {
        get =>
            _contextItems
            ?? Interlocked.CompareExchange(
                ref _contextItems,
                new System.Collections.Concurrent.ConcurrentDictionary<string, object?>(
                    StringComparer.Ordinal
                ),
                null
            )
            ?? _contextItems;
        init => _contextItems = value;
    }

    public CancellationToken CancellationToken { get; init; }

    private DataLoading.DataLoaderScope? _dataLoaders;

    /// <summary>The request's data loaders and their scheduler, created on first use.</summary>
    public DataLoading.DataLoaderScope DataLoaders =>
        _dataLoaders
        ?? Interlocked.CompareExchange(ref _dataLoaders, new DataLoading.DataLoaderScope(), null)
        ?? _dataLoaders;

    /// <summary>Records a field error that was absorbed by a nullable position.</summary>
    public void AddError(GraphQLError error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }

    /// <summary>The errors raised so far.</summary>
    public GraphQLError[] SnapshotErrors()
    {
        lock (_errors)
        {
            return [.. _errors];
        }
    }

    /// <summary>The grouped sub-fields of the selections of one field for one object type, collected once per execution.</summary>
    public CollectedFields CollectSubfields(ObjectType objectType, List<FieldNode> fieldNodes)
    {
        lock (_subfields)
        {
            if (_subfields.TryGetValue((fieldNodes, objectType), out var cached))
            {
                return cached;
            }
        }
        var selectionSets = new List<SelectionSetNode>(fieldNodes.Count);
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                selectionSets.Add(selectionSet);
            }
        }
        var groups = FieldCollector.CollectFields(this, objectType, selectionSets);
        lock (_subfields)
        {
            _subfields.TryAdd((fieldNodes, objectType), groups);
            return _subfields[(fieldNodes, objectType)];
        }
    }

    private sealed class SubfieldKeyComparer : IEqualityComparer<(List<FieldNode>, ObjectType)>
    {
        public static SubfieldKeyComparer Instance { get; } = new();

        public bool Equals((List<FieldNode>, ObjectType) x, (List<FieldNode>, ObjectType) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((List<FieldNode>, ObjectType) obj) =>
            HashCode.Combine(
                System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1),
                System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2)
            );
    }
}
