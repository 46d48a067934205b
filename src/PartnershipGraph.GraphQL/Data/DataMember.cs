using System.Reflection;

namespace PartnershipGraph.GraphQL.Data;

/// <summary>A property of a CLR type as the data layer sees it: its GraphQL field name and what it holds.</summary>
/// <param name="Property">The CLR property.</param>
/// <param name="FieldName">The camelCase field name in filter and sort inputs.</param>
/// <param name="Kind">Leaf, nested object or list.</param>
/// <param name="ValueType">The leaf type without <see cref="Nullable{T}"/>, the nested object's type or the list's item type.</param>
/// <param name="Scalar">For a leaf, or a list of leaves, the kind of leaf.</param>
/// <param name="Conversion">For a leaf filtered as another scalar, how its filter values are read.</param>
internal sealed record DataMember(
    PropertyInfo Property,
    string FieldName,
    DataMemberKind Kind,
    Type ValueType,
    ScalarKind? Scalar,
    DataValueConversion? Conversion = null
);
