using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Scalars;

namespace PartnershipGraph.GraphQL.Types;

/// <summary>The directives every schema supports: <c>@include</c>, <c>@skip</c>, <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Type-System.Directives.Built-in-Directives</remarks>
public static class BuiltInDirectives
{
    /// <summary>The reason given by <c>@deprecated</c> when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@include(if: Boolean!)</c> on fields and fragments.</summary>
    public static DirectiveDefinition Include { get; } =
        Create(
            "include",
            "Directs the executor to include this field or fragment only when the `if` argument is true.",
            [
                DirectiveLocation.Field,
                DirectiveLocation.FragmentSpread,
                DirectiveLocation.InlineFragment,
            ],
            new InputValueDefinition(
                "if",
                new NonNullType(BuiltInScalars.Boolean),
                "Included when true."
            )
        );

    /// <summary><c>@skip(if: Boolean!)</c> on fields and fragments.</summary>
    public static DirectiveDefinition Skip { get; } =
        Create(
            "skip",
            "Directs the executor to skip this field or fragment when the `if` argument is true.",
            [
                DirectiveLocation.Field,
                DirectiveLocation.FragmentSpread,
                DirectiveLocation.InlineFragment,
            ],
            new InputValueDefinition(
                "if",
                new NonNullType(BuiltInScalars.Boolean),
                "Skipped when true."
            )
        );

    /// <summary><c>@deprecated(reason: String = "No longer supported")</c> on fields, arguments, input fields, enum values and directive definitions.</summary>
    public static DirectiveDefinition Deprecated { get; } =
        Create(
            "deprecated",
            "Marks an element of a GraphQL schema as no longer supported.",
            [
                DirectiveLocation.FieldDefinition,
                DirectiveLocation.ArgumentDefinition,
                DirectiveLocation.InputFieldDefinition,
                DirectiveLocation.EnumValue,
                DirectiveLocation.DirectiveDefinition,
            ],
            new InputValueDefinition(
                "reason",
                BuiltInScalars.String,
                "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/)."
            )
            {
                DefaultValue = new StringValueNode(DefaultDeprecationReason),
            }
        );

    /// <summary><c>@specifiedBy(url: String!)</c> on scalars.</summary>
    public static DirectiveDefinition SpecifiedBy { get; } =
        Create(
            "specifiedBy",
            "Exposes a URL that specifies the behavior of this scalar.",
            [DirectiveLocation.Scalar],
            new InputValueDefinition(
                "url",
                new NonNullType(BuiltInScalars.String),
                "The URL that specifies the behavior of this scalar."
            )
        );

    /// <summary><c>@oneOf</c> on input objects.</summary>
    public static DirectiveDefinition OneOf { get; } =
        Create(
            "oneOf",
            "Indicates exactly one field must be supplied and this field must not be `null`.",
            [DirectiveLocation.InputObject]
        );

    /// <summary>All five, in graphql-js's order.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } =
    [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>Whether the directive is one of these, by name.</summary>
    public static bool IsBuiltIn(string name) => All.Any(d => d.Name == name);

    private static DirectiveDefinition Create(
        string name,
        string description,
        DirectiveLocation[] locations,
        params InputValueDefinition[] arguments
    ) => new(name, locations, description) { Arguments = arguments, IsBuiltIn = true };
}
