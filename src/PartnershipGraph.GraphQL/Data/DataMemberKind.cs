namespace PartnershipGraph.GraphQL.Data;

/// <summary>Whether a property holds a leaf value, one nested object or a list.</summary>
internal enum DataMemberKind
{
    Scalar,
    Object,
    List,
}
