using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Builder;

/// <summary>Configures a union type.</summary>
public sealed class UnionTypeBuilder
{
    internal UnionTypeBuilder(string name) => Name = name;

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal List<string> MemberNames { get; } = [];

    internal TypeResolver? TypeResolver { get; private set; }

    internal List<DirectiveNode> Directives { get; } = [];

    internal TypeDefinitionOrExtensionNode? AstNode { get; set; }

    /// <summary>Sets the description (Markdown).</summary>
    public UnionTypeBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds member object types by name.</summary>
    public UnionTypeBuilder Types(params string[] objectTypes)
    {
        MemberNames.AddRange(objectTypes);
        return this;
    }

    /// <summary>Names the object type of a resolved value; without it each member's <c>IsTypeOf</c> decides.</summary>
    public UnionTypeBuilder ResolveType(TypeResolver resolver)
    {
        TypeResolver = resolver;
        return this;
    }

    /// <summary>Applies a directive to the definition.</summary>
    public UnionTypeBuilder Directive(DirectiveNode directive)
    {
        Directives.Add(directive);
        return this;
    }
}
