namespace PartnershipGraph.GraphQL.Types;

public sealed partial class Schema
{
    private static Dictionary<string, NamedType> CollectTypes(
        ObjectType queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IEnumerable<NamedType> types,
        IReadOnlyList<DirectiveDefinition> directives
    )
    {
        // graphql-js seeds an ordered set with the explicit types, then removes and re-collects each in turn,
        // so explicit types keep their relative order and other types appear where first referenced.
        var collected = new List<NamedType>();
        var seen = new HashSet<NamedType>(ReferenceEqualityComparer.Instance);
        var explicitTypes = types.ToList();
        foreach (var type in explicitTypes)
        {
            if (seen.Add(type))
            {
                collected.Add(type);
            }
        }
        foreach (var type in explicitTypes)
        {
            if (seen.Remove(type))
            {
                collected.Remove(type);
            }
            Collect(type, collected, seen);
        }
        Collect(queryType, collected, seen);
        if (mutationType is not null)
        {
            Collect(mutationType, collected, seen);
        }
        if (subscriptionType is not null)
        {
            Collect(subscriptionType, collected, seen);
        }
        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type.GetNamedType(), collected, seen);
            }
        }
        foreach (var type in Introspection.Introspection.All)
        {
            Collect(type, collected, seen);
        }
        var map = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var type in collected)
        {
            if (!map.TryAdd(type.Name, type))
            {
                throw new InvalidOperationException(
                    $"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\"."
                );
            }
        }
        return map;
    }

    /// <summary>Adds the type and, depth first, every type it references (graphql-js's <c>collectReferencedTypes</c>).</summary>
    private static void Collect(NamedType type, List<NamedType> collected, HashSet<NamedType> seen)
    {
        if (!seen.Add(type))
        {
            return;
        }
        collected.Add(type);
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, collected, seen);
                }
                break;
            case ObjectOrInterfaceType complex:
                foreach (var iface in complex.Interfaces)
                {
                    Collect(iface, collected, seen);
                }
                foreach (var field in complex.Fields)
                {
                    Collect(field.Type.GetNamedType(), collected, seen);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type.GetNamedType(), collected, seen);
                    }
                }
                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type.GetNamedType(), collected, seen);
                }
                break;
        }
    }
}
