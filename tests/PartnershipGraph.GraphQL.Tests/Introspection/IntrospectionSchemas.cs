using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Tests.Validation;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Introspection;

/// <summary>A schema introspected by the differential tests: its SDL for graphql-js's <c>buildSchema</c> and our schema built from the same definitions.</summary>
public sealed record IntrospectionSchema(string Name, string Sdl, Schema Schema)
{
    /// <summary>A schema that we build from the SDL too.</summary>
    public static IntrospectionSchema FromSdl(string name, string sdl) =>
        new(name, sdl, SchemaBuilder.FromSdl(sdl).Build());

    public override string ToString() => Name;
}

/// <summary>The schemas of the introspection differential tests, by name.</summary>
public static class IntrospectionSchemas
{
    public const string KitchenSinkSdl = """"
        """
        The partnership's improvement schema: plans, their areas and the boards that monitor them.
        """
        schema {
          query: Reads
          mutation: Writes
          subscription: Feeds
        }

        "A cost hint for tools; it may be given several times."
        directive @cost(
          weight: Int! = 1
          "Why it costs what it does."
          reason: String = "unknown" @deprecated(reason: "Not read any more.")
        ) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE

        directive @tag(names: [String!]! = ["a", "b"]) repeatable on SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

        directive @trace(if: Boolean = true, label: String) on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION

        "Anything with a stable id."
        interface Node {
          "The stable id."
          id: ID!
        }

        interface Dated implements Node {
          id: ID!
          "When it last changed."
          at: Instant
        }

        interface Versioned implements Dated & Node {
          id: ID!
          at: Instant
          version(format: VersionFormat = SHORT): String @deprecated
        }

        "An instant, as RFC 3339 writes it."
        scalar Instant @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

        scalar Json

        "Has \"quotes\", a tab\tand non-ASCII text: café ✓."
        type Plan implements Versioned & Dated & Node @cost(weight: 2) @tag {
          id: ID!
          at: Instant
          version(format: VersionFormat = SHORT): String @deprecated
          title: String! @deprecated(reason: "Use `name`.\nIt \"changed\".")
          name: String @cost @cost(weight: 3)
          areas(
            first: Int = 10
            after: String = null
            order: [Order!] = [{by: TITLE, descending: true}]
            filter: AreaFilter = {rag: [RED, AMBER], text: "x\ny"}
          ): [Area!]!
          score(scale: Float = 1.5, big: Float = 1e3, negative: Int = -7, flag: Boolean = false, id: ID = "p-1", json: Json = "{}", single: [Int] = 3): Float
        }

        type Area implements Node {
          id: ID!
          rag: Rag
          plan: Plan
        }

        type Board implements Node {
          id: ID!
          members: [[String]!]
        }

        """
        Whatever a search finds.

          Indented line, and a \""" inside.
        """
        union SearchResult = Plan | Area | Board

        union Single = Board

        """Red, amber, green."""
        enum Rag {
          "On track."
          GREEN
          AMBER
          RED @deprecated
          BLUE @deprecated(reason: "Not a RAG colour.")
          NOT_RATED @deprecated(reason: "")
        }

        enum VersionFormat {
          SHORT
          LONG
        }

        enum OrderBy {
          TITLE
          DUE
        }

        input Order {
          by: OrderBy! = TITLE
          descending: Boolean = false
        }

        input AreaFilter {
          rag: [Rag!]
          text: String
          old: Int @deprecated(reason: "Gone.")
          nested: AreaFilter
          required: Boolean! = true
        }

        "Names a plan by exactly one of its keys."
        input PlanKey @oneOf {
          id: ID
          ref: String
          "By its title."
          title: String @deprecated(reason: "Titles change.")
        }

        type Reads {
          node(id: ID!): Node
          plan(key: PlanKey!, legacy: String @deprecated(reason: "Use key.")): Plan
          search(text: String = "", limit: Int! = 20): [SearchResult]
          single: Single
          dated: Dated
          old: String @deprecated
          ping: Boolean
        }

        type Writes {
          rename(key: PlanKey!, name: String!): Plan
        }

        type Feeds {
          planChanged(key: PlanKey): Plan
        }
        """";

    /// <summary>Edge cases of descriptions and default values: escapes, empty and odd descriptions, number forms, nulls, empty lists and objects.</summary>
    public const string EdgeValuesSdl = """"
        ""
        schema {
          query: Query
        }

        """
        Ends with a quote: "
        """
        type Query {
          "Control \u0007 and escapes \\ \/ \b\f\r\t, astral \uD83D\uDE00 \u{1F600}, line separator \u2028."
          strings(
            a: String = "\u0007\u001F\u007F"
            b: String = "caf\u00E9 ✓ 😀"
            c: String = "line\nbreak \"quoted\" back\\slash"
            d: String = """block "string" \""" with escape"""
            e: String = ""
          ): String
          numbers(
            a: Float = 1.0
            b: Float = 1
            c: Float = 1e21
            d: Float = 1.5e-7
            e: Float = -0.0
            f: Int = 2147483647
            g: Int = -2147483648
            h: Float = 123456789.123456789
            i: Float = 0.1
            j: ID = 5
            k: ID = "05"
            l: ID = "abc"
          ): Int
          structures(
            a: [Int] = []
            b: [Int] = [null]
            c: Shape = {}
            d: Shape = {nested: null, list: [[1], []]}
            e: [Shape!] = {side: 2}
            f: Shape = null
            g: Kind = null
            h: [[Kind]] = A
          ): Int
          "   leading and trailing spaces   "
          spaced: Int
          """
            Indented
              more
          """
          indented: Int
          "\n\nStarts with blank lines\n\n"
          blank: Int
          "Trailing backslash \\"
          backslash: Int
          deprecated: Int @deprecated(reason: "Unicode ✓ and \"quotes\"\nand a line.")
          emptyReason: Int @deprecated(reason: "")
          defaultReason: Int @deprecated(reason: "No longer supported")
        }

        input Shape {
          side: Int = 1
          nested: Shape
          list: [[Int]]
          kind: Kind = B
        }

        enum Kind {
          A
          B
        }

        "Implemented by nothing and referenced by nothing."
        interface Lonely {
          x: Int
        }

        directive @mark(kind: OnlyInDirective = Y, at: [Float!]! = [0.5]) on FIELD | QUERY

        enum OnlyInDirective {
          X
          Y
        }
        """";

    /// <summary>The SDL of <see cref="BuiltInCode"/>.</summary>
    public const string BuiltInCodeSdl = """
        "Key performance indicators."
        schema {
          query: KpiQuery
        }

        "Marks a field as owned by a team."
        directive @owner(team: String!, since: Int = 2020) repeatable on FIELD_DEFINITION | OBJECT

        "A calendar date."
        scalar Date @specifiedBy(url: "https://example.org/date")

        "How a KPI is measured."
        enum Measure {
          PERCENT
          "A count of children or cases."
          COUNT
          RATE @deprecated(reason: "Use PERCENT.")
        }

        "A KPI filter."
        input KpiFilter {
          measures: [Measure!] = [PERCENT, COUNT]
          "Only KPIs off track."
          offTrack: Boolean = false
          minimum: Float = 0.5
          name: String @deprecated(reason: "Search instead.")
        }

        "A measure of progress."
        type Kpi {
          "The KPI's name."
          name: String!
          measure: Measure!
          target(at: Date, round: Boolean = true @deprecated): Float
          legacyCode: String @deprecated
        }

        type KpiQuery {
          kpis(filter: KpiFilter = {offTrack: true}, first: Int = 5): [Kpi!]!
        }
        """;

    /// <summary>A schema built in code with <see cref="SchemaBuilder"/>, the same as <see cref="BuiltInCodeSdl"/>; default values given as CLR values.</summary>
    public static IntrospectionSchema BuiltInCode { get; } =
        new(
            "built in code",
            BuiltInCodeSdl,
            new SchemaBuilder()
                .Description("Key performance indicators.")
                .QueryType("KpiQuery")
                .Directive(
                    "owner",
                    d =>
                        d.Description("Marks a field as owned by a team.")
                            .Repeatable()
                            .Argument("team", "String!")
                            .Argument("since", "Int", a => a.DefaultValue(2020))
                            .Locations(DirectiveLocation.FieldDefinition, DirectiveLocation.Object)
                )
                .Scalar(
                    "Date",
                    s => s.Description("A calendar date.").SpecifiedBy("https://example.org/date")
                )
                .Enum(
                    "Measure",
                    e =>
                        e.Description("How a KPI is measured.")
                            .Value("PERCENT", 0)
                            .Value("COUNT", 1, v => v.Description("A count of children or cases."))
                            .Value("RATE", 2, v => v.Deprecated("Use PERCENT."))
                )
                .InputObject(
                    "KpiFilter",
                    i =>
                        i.Description("A KPI filter.")
                            .Field("measures", "[Measure!]", f => f.DefaultValue(new[] { 0, 1 }))
                            .Field(
                                "offTrack",
                                "Boolean",
                                f => f.Description("Only KPIs off track.").DefaultValue(false)
                            )
                            .Field("minimum", "Float", f => f.DefaultValue(0.5))
                            .Field("name", "String", f => f.Deprecated("Search instead."))
                )
                .Object(
                    "Kpi",
                    t =>
                        t.Description("A measure of progress.")
                            .Field("name", "String!")
                            .Description("The KPI's name.")
                            .Field("measure", "Measure!")
                            .Field("target", "Float")
                            .Argument("at", "Date")
                            .Argument("round", "Boolean", a => a.DefaultValue(true).Deprecated())
                            .Field("legacyCode", "String")
                            .Deprecated()
                )
                .Object(
                    "KpiQuery",
                    t =>
                        t.Field("kpis", "[Kpi!]!")
                            .Argument(
                                "filter",
                                "KpiFilter",
                                a =>
                                    a.DefaultValue(
                                        new Dictionary<string, object?> { ["offTrack"] = true }
                                    )
                            )
                            .Argument("first", "Int", a => a.DefaultValue(5))
                )
                .Build()
        );

    /// <summary>The introspection test of the execution tests, with a schema description, a mutation root and a repeatable directive.</summary>
    public const string PlansSdl = """
        "The partnership's plans."
        schema { query: Query mutation: Mutation }
        "The root of reads."
        type Query {
          "A plan by id."
          plan(id: ID!, version: Int = 2 @deprecated(reason: "Versions are gone.")): Plan
          old: String @deprecated
          search(filter: Filter = {title: "x", rag: [MET]}): [Result!]!
        }
        type Mutation { rename(title: String!): Plan }
        interface Node { id: ID! }
        type Plan implements Node { id: ID! rag: Rag title: String }
        type Board implements Node { id: ID! name: String @deprecated(reason: "Use title.") }
        union Result = Plan | Board
        "Red, amber, green."
        enum Rag { MET NOT_RATED @deprecated(reason: "Rate it.") }
        input Filter { title: String rag: [Rag!] old: Int @deprecated }
        input Key @oneOf { id: ID ref: String }
        scalar DateTime @specifiedBy(url: "https://example.org/dt")
        directive @cost(weight: Int! = 1) repeatable on FIELD_DEFINITION | OBJECT
        """;

    public static IReadOnlyDictionary<string, IntrospectionSchema> All { get; } =
        new IntrospectionSchema[]
        {
            new("validation, built in code", ValidationSchema.Sdl, ValidationSchema.Schema),
            IntrospectionSchema.FromSdl("validation, from SDL", ValidationSchema.Sdl),
            IntrospectionSchema.FromSdl("kitchen sink", KitchenSinkSdl),
            BuiltInCode,
            IntrospectionSchema.FromSdl("built in code, from SDL", BuiltInCodeSdl),
            IntrospectionSchema.FromSdl("plans", PlansSdl),
            IntrospectionSchema.FromSdl("only Query", "type Query { hello: String }"),
            IntrospectionSchema.FromSdl("edge values", EdgeValuesSdl),
            CodeDefaultsSchema.Schema,
        }.ToDictionary(s => s.Name);
}
