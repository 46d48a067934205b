using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.GraphQL.Common;

/// <summary>Registers the typed errors mutations return in their payloads: the <c>Error</c> interface and its kinds.</summary>
public static class MutationErrorsGraphQL
{
    /// <summary>Adds the error types to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        builder
            .Object(
                "Mutation",
                m => m.Description("The entry points for changing the partnership's data.")
            )
            .Interface(
                "Error",
                i =>
                    i.Description("An expected reason a mutation did not make its change.")
                        .Field("message", "String!")
                        .Description("What went wrong, in a sentence a user can read.")
            )
            .Object(
                "NotFoundError",
                o =>
                    o.Description(
                            "The record does not exist, or is outside what the caller may see."
                        )
                        .Implements("Error")
                        .IsTypeOf<NotFoundError>()
                        .Field("message", "String!")
                        .Description("What went wrong, in a sentence a user can read.")
                        .Field("entityType", "String!")
                        .Description("The kind of record that was asked for, such as \"Action\".")
                        .Field(
                            "id",
                            "ID!",
                            c =>
                                GlobalId.Encode(
                                    ((NotFoundError)c.Source!).EntityType,
                                    ((NotFoundError)c.Source!).Id
                                )
                        )
                        .Description("The global ID of the record that was asked for.")
            )
            .Object(
                "ForbiddenError",
                o =>
                    o.Description("The caller may not make this change.")
                        .Implements("Error")
                        .IsTypeOf<ForbiddenError>()
                        .Field("message", "String!")
                        .Description(
                            "Why the change is not allowed, in a sentence a user can read."
                        )
            )
            .Object(
                "ConcurrencyError",
                o =>
                    o.Description(
                            "The change was based on an older version than the stored one, so nothing was written."
                        )
                        .Implements("Error")
                        .IsTypeOf<ConcurrencyError>()
                        .Field("message", "String!")
                        .Description("What went wrong, in a sentence a user can read.")
                        .Field("currentVersion", "Int!")
                        .Description("The version now stored, which a retry must be based on.")
            )
            .Object(
                "ValidationError",
                o =>
                    o.Description("An input value is missing, malformed, too long or inconsistent.")
                        .Implements("Error")
                        .IsTypeOf<ValidationError>()
                        .Field("message", "String!")
                        .Description("What is wrong with the value, in a sentence a user can read.")
                        .Field("path", "[String!]!", c => ((ValidationError)c.Source!).FieldPath)
                        .Description(
                            "The path of the offending input field, such as [\"input\", \"narrative\"]."
                        )
            );

    /// <summary>Declares the union of the four error kinds a mutation's payload can carry.</summary>
    public static SchemaBuilder ErrorUnion(
        this SchemaBuilder builder,
        string name,
        string mutation
    ) =>
        builder.Union(
            name,
            u =>
                u.Description($"An error that can stop the {mutation} mutation.")
                    .Types("NotFoundError", "ForbiddenError", "ConcurrencyError", "ValidationError")
        );
}
