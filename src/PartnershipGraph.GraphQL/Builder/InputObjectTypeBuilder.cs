using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Builder;

/// <summary>Configures an input object type.</summary>
public sealed class InputObjectTypeBuilder
{
    internal InputObjectTypeBuilder(string name) => Name = name;

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal List<InputValueBuilder> Fields { get; } = [];

    internal bool IsOneOf { get; private set; }

    internal List<DirectiveNode> Directives { get; } = [];

    internal TypeDefinitionOrExtensionNode? AstNode { get; set; }

    /// <summary>Sets the description (Markdown).</summary>
    public InputObjectTypeBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds an input field whose type is written as in GraphQL (<c>"[ID!]"</c>).</summary>
    public InputObjectTypeBuilder Field(
        string name,
        string type,
        Action<InputValueBuilder>? configure = null
    )
    {
        var field = new InputValueBuilder(name, type);
        configure?.Invoke(field);
        Fields.Add(field);
        return this;
    }

    /// <summary>Requires exactly one field to be given, and not as null (<c>@oneOf</c>).</summary>
    public InputObjectTypeBuilder OneOf()
    {
        IsOneOf = true;
        return this;
    }

    /// <summary>Applies a directive to the definition.</summary>
    public InputObjectTypeBuilder Directive(DirectiveNode directive)
    {
        Directives.Add(directive);
        return this;
    }
}
