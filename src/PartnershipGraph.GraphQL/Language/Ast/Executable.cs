namespace PartnershipGraph.GraphQL.Language.Ast;

/// <summary>The three kinds of operation.</summary>
public enum OperationType
{
    /// <summary>A read-only fetch.</summary>
    Query,

    /// <summary>A write followed by a fetch.</summary>
    Mutation,

    /// <summary>A long-lived request that fetches data in response to events.</summary>
    Subscription,
}

/// <summary>An operation: <c>OperationType Name? VariableDefinitions? Directives? SelectionSet</c>, or a bare selection set.</summary>
/// <remarks>https://spec.graphql.org/October2021/#OperationDefinition</remarks>
public sealed record OperationDefinitionNode(
    OperationType Operation,
    NameNode? Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet
) : ExecutableDefinitionNode
{
    /// <summary>The operation's description (graphql-js 16 accepts one before a named operation), if any.</summary>
    public StringValueNode? Description { get; init; }
}

/// <summary>A variable definition: <c>Variable : Type DefaultValue? Directives?</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#VariableDefinition</remarks>
public sealed record VariableDefinitionNode(
    VariableNode Variable,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives
) : SyntaxNode
{
    /// <summary>The variable's description (graphql-js 16 accepts one), if any.</summary>
    public StringValueNode? Description { get; init; }
}

/// <summary>A selection set: <c>{ Selection+ }</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#SelectionSet</remarks>
public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections) : SyntaxNode;

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract record SelectionNode : SyntaxNode
{
    /// <summary>The directives applied to this selection.</summary>
    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}

/// <summary>A field: <c>Alias? Name Arguments? Directives? SelectionSet?</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#Field</remarks>
public sealed record FieldNode(
    NameNode? Alias,
    NameNode Name,
    IReadOnlyList<ArgumentNode> Arguments,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode? SelectionSet
) : SelectionNode
{
    /// <summary>The key of this field in the response: the alias if given, else the name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

/// <summary>An argument: <c>Name : Value</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#Argument</remarks>
public sealed record ArgumentNode(NameNode Name, ValueNode Value) : SyntaxNode;

/// <summary>A fragment spread: <c>... FragmentName Directives?</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#FragmentSpread</remarks>
public sealed record FragmentSpreadNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives)
    : SelectionNode;

/// <summary>An inline fragment: <c>... TypeCondition? Directives? SelectionSet</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#InlineFragment</remarks>
public sealed record InlineFragmentNode(
    NamedTypeNode? TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet
) : SelectionNode;

/// <summary>A fragment definition: <c>fragment FragmentName TypeCondition Directives? SelectionSet</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#FragmentDefinition</remarks>
public sealed record FragmentDefinitionNode(
    NameNode Name,
    NamedTypeNode TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet
) : ExecutableDefinitionNode
{
    /// <summary>The fragment's description (graphql-js 16 accepts one), if any.</summary>
    public StringValueNode? Description { get; init; }
}

/// <summary>A directive: <c>@ Name Arguments?</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#Directive</remarks>
public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments)
    : SyntaxNode;
