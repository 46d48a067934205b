using PartnershipGraph.GraphQL.Coercion;
using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Types;

/// <summary>What a resolver knows about the field it is resolving: the source object, the coerced arguments and where it is.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Value-Resolution</remarks>
public interface IResolverContext
{
    /// <summary>The schema being executed.</summary>
    Schema Schema { get; }

    /// <summary>The value of the parent field (the root value for root fields).</summary>
    object? Source { get; }

    /// <summary>The argument values after coercion; arguments not given and without defaults are absent.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The definition of the field being resolved.</summary>
    FieldDefinition Field { get; }

    /// <summary>The object type that the field is being resolved on.</summary>
    ObjectType ParentType { get; }

    /// <summary>The field's type.</summary>
    GraphQLType ReturnType => Field.Type;

    /// <summary>The response path of the field.</summary>
    ResponsePath Path { get; }

    /// <summary>The selections of this field in the document (several when it is selected more than once).</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The operation being executed.</summary>
    OperationDefinitionNode Operation { get; }

    /// <summary>The fragments of the document, by name.</summary>
    IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>The coerced variable values of the operation.</summary>
    IReadOnlyDictionary<string, object?> VariableValues { get; }

    /// <summary>The root value the operation was executed with.</summary>
    object? RootValue { get; }

    /// <summary>The request's services (scoped to the request when there is a scope).</summary>
    IServiceProvider Services { get; }

    /// <summary>Values shared by all resolvers of one request (the user context: current user, data loaders, …).</summary>
    IDictionary<string, object?> ContextItems { get; }

    /// <summary>Signalled when the request is aborted or times out.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>The argument's coerced value converted to <typeparamref name="T"/>, or <paramref name="defaultValue"/> when it was not given.</summary>
    T? Argument<T>(string name, T? defaultValue = default) =>
        Arguments.TryGetValue(name, out var value)
            ? ArgumentConverter.Convert<T>(value)
            : defaultValue;
}
