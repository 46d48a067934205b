namespace PartnershipGraph.GraphQL.Types.Introspection;

/// <summary>The introspection types in SDL, as the spec defines them, with descriptions of our own.</summary>
/// <remarks>
/// https://spec.graphql.org/October2021/#sec-Schema-Introspection.Schema-Introspection-Schema. Names, types, arguments
/// and default values match graphql-js 16.15; the descriptions are written for this engine and differ from graphql-js's.
/// </remarks>
internal static class IntrospectionSdl
{
    public const string Types = """"
        """
        Describes this schema: the types it defines, the directives it supports and the root types where query, mutation and subscription operations begin.
        """
        type __Schema {
          """The description of the schema, or null when it has none."""
          description: String

          """Every named type of the schema, the built-in scalars and introspection types included."""
          types: [__Type!]!

          """The root type of query operations; every schema has one."""
          queryType: __Type!

          """The root type of mutation operations, or null when the schema accepts no mutations."""
          mutationType: __Type

          """
          The root type of subscription operations, or null when the schema accepts no subscriptions.
          """
          subscriptionType: __Type

          """Every directive the schema supports, the built-in directives included."""
          directives(
            """Whether to list deprecated directives too; they are left out by default."""
            includeDeprecated: Boolean! = false
          ): [__Directive!]!
        }

        """
        Describes a type: a named type (scalar, object, interface, union, enum or input object) or a list or non-null wrapper around another type.

        Which fields are set depends on `kind`: objects and interfaces have `fields` and `interfaces`, interfaces and unions have `possibleTypes`, enums have `enumValues`, input objects have `inputFields`, and lists and non-null types have `ofType`. The others are null.
        """
        type __Type {
          """The kind of the type, which tells which of the other fields apply."""
          kind: __TypeKind!

          """The name of a named type; null for list and non-null types."""
          name: String

          """The description of a named type, or null when it has none."""
          description: String

          """For a custom scalar, the URL of the specification of its behaviour, if one is given."""
          specifiedByURL: String

          """For an object or interface, its fields; null for every other kind."""
          fields(
            """Whether to list deprecated fields too; they are left out by default."""
            includeDeprecated: Boolean = false
          ): [__Field!]

          """For an object or interface, the interfaces it implements; null for every other kind."""
          interfaces: [__Type!]

          """
          For an interface or union, the object types that a value of it can be at runtime; null for every other kind.
          """
          possibleTypes: [__Type!]

          """For an enum, its values; null for every other kind."""
          enumValues(
            """Whether to list deprecated enum values too; they are left out by default."""
            includeDeprecated: Boolean = false
          ): [__EnumValue!]

          """For an input object, its input fields; null for every other kind."""
          inputFields(
            """Whether to list deprecated input fields too; they are left out by default."""
            includeDeprecated: Boolean = false
          ): [__InputValue!]

          """For a list or non-null type, the type it wraps; null for named types."""
          ofType: __Type

          """
          For an input object, whether it is a OneOf input object, which takes exactly one non-null field; null for every other kind.
          """
          isOneOf: Boolean
        }

        """The kinds of type that a `__Type` can describe."""
        enum __TypeKind {
          """A scalar: a leaf value such as a string, a number or a custom scalar."""
          SCALAR

          """An object type, with fields and the interfaces it implements."""
          OBJECT

          """
          An interface: fields shared by the types that implement it, which are its possible types.
          """
          INTERFACE

          """A union of object types, which are its possible types."""
          UNION

          """An enum: a leaf value chosen from a fixed set of names."""
          ENUM

          """An input object: named input fields, given as arguments or variables."""
          INPUT_OBJECT

          """A list of values of another type, given by `ofType`."""
          LIST

          """A value of another type, given by `ofType`, which is never null."""
          NON_NULL
        }

        """A field of an object or interface type: its name, arguments and the type of its value."""
        type __Field {
          """The name of the field."""
          name: String!

          """The description of the field, or null when it has none."""
          description: String

          """The arguments the field takes."""
          args(
            """Whether to list deprecated arguments too; they are left out by default."""
            includeDeprecated: Boolean = false
          ): [__InputValue!]!

          """The type of the field's value."""
          type: __Type!

          """Whether the field is deprecated and should no longer be used."""
          isDeprecated: Boolean!

          """Why the field is deprecated, or null when it is not."""
          deprecationReason: String
        }

        """
        An argument of a field or directive, or a field of an input object: its name, its type and the value used when none is given.
        """
        type __InputValue {
          """The name of the input value."""
          name: String!

          """The description of the input value, or null when it has none."""
          description: String

          """The type of the input value."""
          type: __Type!

          """
          The default value written as a GraphQL literal, or null when the input value has no default.
          """
          defaultValue: String

          """Whether the input value is deprecated and should no longer be used."""
          isDeprecated: Boolean!

          """Why the input value is deprecated, or null when it is not."""
          deprecationReason: String
        }

        """
        A value of an enum type. It is a name, not a number or string in disguise, though a response serialises it as a string.
        """
        type __EnumValue {
          """The name of the enum value."""
          name: String!

          """The description of the enum value, or null when it has none."""
          description: String

          """Whether the enum value is deprecated and should no longer be used."""
          isDeprecated: Boolean!

          """Why the enum value is deprecated, or null when it is not."""
          deprecationReason: String
        }

        """
        A directive the schema supports: its name, its arguments and the places in a document or schema where it may be used.

        Directives annotate parts of a request or of a schema; they can change how a request is executed, for example by including or skipping a field, or attach information to schema elements.
        """
        type __Directive {
          """The name of the directive, without the `@`."""
          name: String!

          """The description of the directive, or null when it has none."""
          description: String

          """Whether the directive may be used more than once at the same location."""
          isRepeatable: Boolean!

          """The locations where the directive may be used."""
          locations: [__DirectiveLocation!]!

          """The arguments the directive takes."""
          args(
            """Whether to list deprecated arguments too; they are left out by default."""
            includeDeprecated: Boolean = false
          ): [__InputValue!]!

          """Whether the directive is deprecated and should no longer be used."""
          isDeprecated: Boolean!

          """Why the directive is deprecated, or null when it is not."""
          deprecationReason: String
        }

        """
        The places where a directive may be used: parts of an executable document (operations, fields, fragments, variables) and parts of a schema definition.
        """
        enum __DirectiveLocation {
          """On a query operation."""
          QUERY

          """On a mutation operation."""
          MUTATION

          """On a subscription operation."""
          SUBSCRIPTION

          """On a field in a selection set."""
          FIELD

          """On a fragment definition."""
          FRAGMENT_DEFINITION

          """On a fragment spread."""
          FRAGMENT_SPREAD

          """On an inline fragment."""
          INLINE_FRAGMENT

          """On a variable definition of an operation."""
          VARIABLE_DEFINITION

          """On the schema definition."""
          SCHEMA

          """On a scalar type definition."""
          SCALAR

          """On an object type definition."""
          OBJECT

          """On a field definition of an object or interface type."""
          FIELD_DEFINITION

          """On an argument definition of a field or directive."""
          ARGUMENT_DEFINITION

          """On an interface type definition."""
          INTERFACE

          """On a union type definition."""
          UNION

          """On an enum type definition."""
          ENUM

          """On an enum value definition."""
          ENUM_VALUE

          """On an input object type definition."""
          INPUT_OBJECT

          """On a field definition of an input object type."""
          INPUT_FIELD_DEFINITION

          """On a directive definition."""
          DIRECTIVE_DEFINITION
        }
        """";
}
