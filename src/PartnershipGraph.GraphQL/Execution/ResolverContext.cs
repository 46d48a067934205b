using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Execution;

/// <summary>The <see cref="IResolverContext"/> of one field of one object during execution.</summary>
internal sealed class ResolverContext(
    ExecutionContext execution,
    ObjectType parentType,
    object? source,
    FieldDefinition field,
    FieldGroup group,
    IReadOnlyDictionary<string, object?> arguments,
    ResponsePath path
) : IResolverContext
{
    public ExecutionContext Execution { get; } = execution;

    public Schema Schema => Execution.Schema;

    public object? Source { get; } = source;

    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments;

    public FieldDefinition Field { get; } = field;

    public ObjectType ParentType { get; } = parentType;

    public ResponsePath Path { get; } = path;

    public IReadOnlyList<FieldNode> FieldNodes => Group.Nodes;

    public OperationDefinitionNode Operation => Execution.Operation;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => Execution.Fragments;

    public IReadOnlyDictionary<string, object?> VariableValues => Execution.VariableValues;

    public object? RootValue => Execution.RootValue;

    public IServiceProvider Services => Execution.Services;

    public IDictionary<string, object?> ContextItems => Execution.ContextItems;

    public CancellationToken CancellationToken => Execution.CancellationToken;

    /// <summary>The group of merged selections being resolved.</summary>
    public FieldGroup Group { get; } = group;
}
