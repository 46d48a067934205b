using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Execution;

/// <summary>The fields of a selection set that share a response key, for one object type, with what execution learns about them once.</summary>
/// <remarks>https://spec.graphql.org/October2021/#CollectFields()</remarks>
internal sealed class FieldGroup(string responseKey, FieldNode first, FieldDefinition? definition)
{
    /// <summary>The key of the field in the response.</summary>
    public string ResponseKey { get; } = responseKey;

    /// <summary>The selections merged under the key, in document order.</summary>
    public List<FieldNode> Nodes { get; } = [first];

    /// <summary>The field's definition on the object type, or <see langword="null"/> for <c>__typename</c> and unknown fields.</summary>
    public FieldDefinition? Definition { get; } = definition;

    /// <summary>The coerced arguments, once computed (they are the same for every object of one execution).</summary>
    public IReadOnlyDictionary<string, object?>? Arguments { get; set; }

    /// <summary>Whether this is the <c>__typename</c> meta-field.</summary>
    public bool IsTypeName { get; } = first.Name.Value == "__typename";

    /// <summary>The scalar or enum type of a field without resolver and arguments, whose value is read and serialized without a resolver context; otherwise <see langword="null"/>.</summary>
    public NamedType? DefaultLeafType { get; } =
        definition is { Arguments.Count: 0 }
        && (definition.Resolver is null || definition.SourceResolver is not null)
        && definition.Type.NullableType is ScalarType or EnumType
            ? (NamedType)definition.Type.NullableType
            : null;
}
