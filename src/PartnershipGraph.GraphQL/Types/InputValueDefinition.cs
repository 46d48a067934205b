using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Types;

/// <summary>An argument of a field or directive, or a field of an input object type.</summary>
/// <remarks>https://spec.graphql.org/October2021/#InputValueDefinition</remarks>
public sealed class InputValueDefinition
{
    internal InputValueDefinition(string name, GraphQLType type, string? description = null)
    {
        Name = name;
        Type = type;
        Description = description;
    }

    /// <summary>The argument's or input field's name.</summary>
    public string Name { get; }

    /// <summary>The description, in Markdown, or <see langword="null"/>.</summary>
    public string? Description { get; internal set; }

    /// <summary>The type of the value: an input type.</summary>
    public GraphQLType Type { get; internal set; }

    /// <summary>The default value as a literal, or <see langword="null"/> when there is no default.</summary>
    /// <remarks>A default of <c>null</c> is a <see cref="NullValueNode"/>, not <see langword="null"/>.</remarks>
    public ValueNode? DefaultValue { get; internal set; }

    /// <summary>Whether a default value is defined.</summary>
    public bool HasDefaultValue => DefaultValue is not null;

    /// <summary>Why the value is deprecated, or <see langword="null"/> when it is not.</summary>
    public string? DeprecationReason { get; internal set; }

    /// <summary>Whether the value is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Whether the value must be given: its type is non-null and it has no default.</summary>
    /// <remarks>https://spec.graphql.org/October2021/#sec-Required-Arguments</remarks>
    public bool IsRequired => Type is NonNullType && DefaultValue is null;

    /// <summary>The directives applied to the definition.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    /// <summary>The definition this was built from, when built from SDL.</summary>
    public InputValueDefinitionNode? AstNode { get; internal set; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
