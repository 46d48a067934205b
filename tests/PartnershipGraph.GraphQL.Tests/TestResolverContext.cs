using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests;

/// <summary>A resolver context for calling resolvers directly, without the executor.</summary>
internal sealed class TestResolverContext(
    Schema schema,
    object? source,
    FieldDefinition fieldDefinition,
    ObjectType parentType,
    Dictionary<string, object?> arguments
) : IResolverContext
{
    public Schema Schema => schema;

    public object? Source => source;

    public IReadOnlyDictionary<string, object?> Arguments => arguments;

    public FieldDefinition Field => fieldDefinition;

    public ObjectType ParentType => parentType;

    public ResponsePath Path => ResponsePath.Root(fieldDefinition.Name);

    public IReadOnlyList<FieldNode> FieldNodes => [];

    public OperationDefinitionNode Operation =>
        new(OperationType.Query, null, [], [], new SelectionSetNode([]));

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; } =
        new Dictionary<string, FragmentDefinitionNode>();

    public IReadOnlyDictionary<string, object?> VariableValues { get; } =
        new Dictionary<string, object?>();

    public object? RootValue => null;

    public IServiceProvider Services => throw new NotSupportedException();

    public IDictionary<string, object?> ContextItems { get; } = new Dictionary<string, object?>();

    public CancellationToken CancellationToken => CancellationToken.None;
}
