namespace PartnershipGraph.GraphQL.Data;

/// <summary>The kinds of leaf value the data layer filters and sorts on, each with its GraphQL scalar.</summary>
internal enum ScalarKind
{
    String,
    Int,
    Float,
    Decimal,
    Boolean,
    DateTime,
    Date,
    Uuid,
    Enum,
}
