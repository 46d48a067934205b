namespace PartnershipGraph.GraphQL.Types;

/// <summary>Where a directive may be used; <see cref="DirectiveLocationNames"/> gives each its spec name such as <c>FIELD_DEFINITION</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#DirectiveLocations</remarks>
public enum DirectiveLocation
{
    /// <summary><c>QUERY</c>: a query operation.</summary>
    Query,

    /// <summary><c>MUTATION</c>: a mutation operation.</summary>
    Mutation,

    /// <summary><c>SUBSCRIPTION</c>: a subscription operation.</summary>
    Subscription,

    /// <summary><c>FIELD</c>: a field selection.</summary>
    Field,

    /// <summary><c>FRAGMENT_DEFINITION</c>: a fragment definition.</summary>
    FragmentDefinition,

    /// <summary><c>FRAGMENT_SPREAD</c>: a fragment spread.</summary>
    FragmentSpread,

    /// <summary><c>INLINE_FRAGMENT</c>: an inline fragment.</summary>
    InlineFragment,

    /// <summary><c>VARIABLE_DEFINITION</c>: a variable definition.</summary>
    VariableDefinition,

    /// <summary><c>SCHEMA</c>: the schema definition.</summary>
    Schema,

    /// <summary><c>SCALAR</c>: a scalar definition.</summary>
    Scalar,

    /// <summary><c>OBJECT</c>: an object type definition.</summary>
    Object,

    /// <summary><c>FIELD_DEFINITION</c>: a field definition.</summary>
    FieldDefinition,

    /// <summary><c>ARGUMENT_DEFINITION</c>: an argument definition.</summary>
    ArgumentDefinition,

    /// <summary><c>INTERFACE</c>: an interface definition.</summary>
    Interface,

    /// <summary><c>UNION</c>: a union definition.</summary>
    Union,

    /// <summary><c>ENUM</c>: an enum definition.</summary>
    Enum,

    /// <summary><c>ENUM_VALUE</c>: an enum value definition.</summary>
    EnumValue,

    /// <summary><c>INPUT_OBJECT</c>: an input object type definition.</summary>
    InputObject,

    /// <summary><c>INPUT_FIELD_DEFINITION</c>: an input field definition.</summary>
    InputFieldDefinition,

    /// <summary><c>DIRECTIVE_DEFINITION</c>: a directive definition (graphql-js 16.15, for deprecating directives).</summary>
    DirectiveDefinition,
}
