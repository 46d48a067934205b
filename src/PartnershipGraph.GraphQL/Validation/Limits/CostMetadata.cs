namespace PartnershipGraph.GraphQL.Validation.Limits;

/// <summary>The field metadata keys <see cref="CostRule"/> reads (set with <c>.WithMetadata(key, value)</c> on a field builder); values are integers.</summary>
public static class CostMetadata
{
    /// <summary>What resolving the field once costs.</summary>
    /// <value>1 when not set.</value>
    public const string Cost = "cost";

    /// <summary>How many items a list field without paging arguments is assumed to return.</summary>
    /// <value>When not set, 1 for a collection projected with its parent, else <see cref="GraphQLLimits.AssumedListSize"/>.</value>
    public const string ListSize = "listSize";

    /// <summary>The page size of a paged field when the request gives none.</summary>
    /// <value>The paging argument's default value, else <see cref="GraphQLLimits.AssumedListSize"/>, when not set.</value>
    public const string DefaultPageSize = "defaultPageSize";

    /// <summary>The largest page of a paged field, assumed when the page size is a variable.</summary>
    /// <value><see cref="GraphQLLimits.MaxPageSize"/> when not set.</value>
    public const string MaxPageSize = "maxPageSize";
}
