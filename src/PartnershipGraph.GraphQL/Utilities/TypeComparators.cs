using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Utilities;

/// <summary>Compares types as graphql-js's <c>typeComparators</c>: equality, subtyping and overlap.</summary>
internal static class TypeComparators
{
    /// <summary>Whether the two types are the same, wrappers included.</summary>
    public static bool IsEqualType(GraphQLType typeA, GraphQLType typeB) =>
        (typeA, typeB) switch
        {
            _ when ReferenceEquals(typeA, typeB) => true,
            (NonNullType a, NonNullType b) => IsEqualType(a.OfType, b.OfType),
            (ListType a, ListType b) => IsEqualType(a.OfType, b.OfType),
            _ => false,
        };

    /// <summary>Whether a value of <paramref name="maybeSubType"/> is always a valid value of <paramref name="superType"/> (covariance).</summary>
    public static bool IsTypeSubTypeOf(
        Schema schema,
        GraphQLType maybeSubType,
        GraphQLType superType
    )
    {
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }
        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull
                && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }
        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }
        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList
                && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }
        if (maybeSubType is ListType)
        {
            return false;
        }
        return superType.IsAbstractType
            && maybeSubType is InterfaceType or ObjectType
            && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>Whether some object type is a possible type of both composite types.</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType typeA, NamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }
        if (typeA.IsAbstractType)
        {
            return typeB.IsAbstractType
                ? schema.GetPossibleTypes(typeA).Any(t => schema.IsSubType(typeB, t))
                : schema.IsSubType(typeA, typeB);
        }
        return typeB.IsAbstractType && schema.IsSubType(typeB, typeA);
    }
}
