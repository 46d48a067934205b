using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Scalars;

/// <summary>The messages shared by the extended scalars.</summary>
internal static class ScalarErrors
{
    public static GraphQLError CannotSerialize(string scalar, object? value) =>
        new($"{scalar} cannot represent value: {Inspector.Inspect(value)}");

    public static GraphQLError NotAString(string scalar, object? value) =>
        new($"{scalar} cannot represent a non string value: {Inspector.Inspect(value)}");

    public static GraphQLError NotAStringLiteral(string scalar, ValueNode node) =>
        Errors.AtNode(
            $"{scalar} cannot represent a non string value: {ValuePrinter.Print(node)}",
            node
        );

    public static GraphQLError Invalid(
        string scalar,
        string what,
        string value,
        SyntaxNode? node = null
    ) =>
        Errors.AtNode(
            $"{scalar} cannot represent an invalid {what}: {JsString.Quote(value)}",
            node
        );
}
