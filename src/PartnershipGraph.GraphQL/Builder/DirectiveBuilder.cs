using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Builder;

/// <summary>Configures a custom directive definition.</summary>
public sealed class DirectiveBuilder
{
    internal DirectiveBuilder(string name) => Name = name;

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal List<DirectiveLocation> LocationList { get; } = [];

    internal bool IsRepeatable { get; private set; }

    internal List<InputValueBuilder> Arguments { get; } = [];

    internal Language.Ast.DirectiveDefinitionNode? AstNode { get; set; }

    /// <summary>Sets the description (Markdown).</summary>
    public DirectiveBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds locations where the directive may be used.</summary>
    public DirectiveBuilder Locations(params DirectiveLocation[] locations)
    {
        LocationList.AddRange(locations);
        return this;
    }

    internal string? DeprecationReason { get; private set; }

    /// <summary>Marks the directive deprecated (shown by introspection and the SDL).</summary>
    public DirectiveBuilder Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }

    /// <summary>Allows the directive more than once at one location.</summary>
    public DirectiveBuilder Repeatable()
    {
        IsRepeatable = true;
        return this;
    }

    /// <summary>Adds an argument whose type is written as in GraphQL.</summary>
    public DirectiveBuilder Argument(
        string name,
        string type,
        Action<InputValueBuilder>? configure = null
    )
    {
        var argument = new InputValueBuilder(name, type);
        configure?.Invoke(argument);
        Arguments.Add(argument);
        return this;
    }
}
