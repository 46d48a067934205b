using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Types;

/// <summary>A directive the schema supports: its name, arguments, locations and whether it may repeat.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Type-System.Directives</remarks>
public sealed class DirectiveDefinition
{
    internal DirectiveDefinition(
        string name,
        IReadOnlyList<DirectiveLocation> locations,
        string? description = null,
        bool isRepeatable = false
    )
    {
        Name = name;
        Locations = locations;
        Description = description;
        IsRepeatable = isRepeatable;
    }

    /// <summary>The directive's name, without the <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>The directive's description, in Markdown, or <see langword="null"/>.</summary>
    public string? Description { get; internal set; }

    /// <summary>Where the directive may be used, in definition order.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; internal set; }

    /// <summary>Whether the directive may be used more than once at one location.</summary>
    public bool IsRepeatable { get; internal set; }

    /// <summary>Why the directive is deprecated, or <see langword="null"/> when it is not.</summary>
    public string? DeprecationReason { get; internal set; }

    /// <summary>Whether the directive is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The arguments, in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments { get; internal set; } = [];

    /// <summary>Whether this is one of the directives the spec defines (<c>@skip</c>, <c>@include</c>, <c>@deprecated</c>, <c>@specifiedBy</c>, <c>@oneOf</c>).</summary>
    public bool IsBuiltIn { get; internal init; }

    /// <summary>The definition this directive was built from, when built from SDL.</summary>
    public DirectiveDefinitionNode? AstNode { get; internal set; }

    /// <summary>The argument with this name, or <see langword="null"/>.</summary>
    public InputValueDefinition? GetArgument(string name) =>
        Arguments.FirstOrDefault(a => a.Name == name);

    /// <inheritdoc/>
    public override string ToString() => "@" + Name;
}
