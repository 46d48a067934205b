using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Data;

/// <summary>The errors of the data layer that do not come from one argument value.</summary>
internal static class DataErrors
{
    /// <summary>Whether the exception is how query providers report a query they cannot translate or run.</summary>
    public static bool IsUntranslatable(Exception exception) =>
        exception is InvalidOperationException or NotSupportedException;

    public static GraphQLError CannotRun(FieldDefinition field, Exception exception) =>
        new(
            $"{field} cannot be read: the data source cannot run its filter, order or selection.",
            innerException: exception
        );
}
