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
            "Includes the field, fragment spread or inline fragment it is applied to in the result only when the `if` argument is true.",
            [
                DirectiveLocation.Field,
                DirectiveLocation.FragmentSpread,
                DirectiveLocation.InlineFragment,
            ],
            new InputValueDefinition(
                "if",
                new NonNullType(BuiltInScalars.Boolean),
                "The condition for keeping the selection: when it is false, the selection is left out."
            )
        );

    /// <summary><c>@skip(if: Boolean!)</c> on fields and fragments.</summary>
    public static DirectiveDefinition Skip { get; } =
        Create(
            "skip",
            "Leaves the field, fragment spread or inline fragment it is applied to out of the result when the `if` argument is true.",
            [
                DirectiveLocation.Field,
                DirectiveLocation.FragmentSpread,
                DirectiveLocation.InlineFragment,
            ],
            new InputValueDefinition(
                "if",
                new NonNullType(BuiltInScalars.Boolean),
                "The condition for leaving the selection out: when it is false, the selection is kept."
            )
        );

    /// <summary><c>@deprecated(reason: String = "No longer supported")</c> on fields, arguments, input fields, enum values and directive definitions.</summary>
    public static DirectiveDefinition Deprecated { get; } =
        Create(
            "deprecated",
            "Indicates that the schema element it is applied to should no longer be used and may be removed in a later version.",
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
                "The reason the element is deprecated, ideally naming what to use in its place. It is written in Markdown, following the CommonMark specification."
            )
            {
                DefaultValue = new StringValueNode(DefaultDeprecationReason),
            }
        );

    /// <summary><c>@specifiedBy(url: String!)</c> on scalars.</summary>
    public static DirectiveDefinition SpecifiedBy { get; } =
        Create(
            "specifiedBy",
            "Gives the address of a document that defines how this custom scalar type is represented, serialized and coerced.",
            [DirectiveLocation.Scalar],
            new InputValueDefinition(
                "url",
                new NonNullType(BuiltInScalars.String),
                "The address of the specification that this scalar type follows."
            )
        );

    /// <summary><c>@oneOf</c> on input objects.</summary>
    public static DirectiveDefinition OneOf { get; } =
        Create(
            "oneOf",
            "Requires every value of this input object type to set exactly one of its fields, and that field to a value other than `null`.",
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
