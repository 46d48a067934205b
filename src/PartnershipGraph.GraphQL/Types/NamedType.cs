using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Types</remarks>
public abstract class NamedType : GraphQLType
{
    private protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>The type's name, unique in its schema.</summary>
    public string Name { get; }

    /// <summary>The type's description, in Markdown, or <see langword="null"/>.</summary>
    public string? Description { get; internal set; }

    /// <summary>The directives applied to the type's definition.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    /// <summary>The definition this type was built from, when built from SDL.</summary>
    public TypeDefinitionOrExtensionNode? AstNode { get; internal set; }

    /// <inheritdoc/>
    public sealed override NamedType GetNamedType() => this;

    /// <summary>Whether this type is one of the types every schema knows without declaring: the specified scalars and the introspection types.</summary>
    public bool IsBuiltIn { get; internal init; }

    /// <inheritdoc/>
    public sealed override string ToString() => Name;
}
