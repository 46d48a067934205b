using System.ComponentModel;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Tests.Introspection;

/// <summary>A schema built in code whose default values are CLR values of many kinds, a CLR enum and extended scalars; its SDL written by hand but for the extended scalars, which our printer prints.</summary>
internal static class CodeDefaultsSchema
{
    [Description("Red, amber, green.")]
    public enum Rag
    {
        Red,

        [Description("Some risk.")]
        Amber,
        Green,

        [Obsolete("Use Amber.")]
        Yellow,
        NotRated,
    }

    public static string Sdl { get; } =
        $$""""
            {{SchemaPrinter.PrintType(ExtendedScalars.Date)}}

            {{SchemaPrinter.PrintType(ExtendedScalars.Decimal)}}

            """Red, amber, green."""
            enum Rag {
              RED

              """Some risk."""
              AMBER
              GREEN
              YELLOW @deprecated(reason: "Use Amber.")
              NOT_RATED
            }

            input Window {
              from: Date = "2024-01-31"
              rags: [Rag!] = [AMBER, RED]
              limit: Int = 5
            }

            type Query {
              kpis(
                long: Int = 5
                double: Float = 2.5
                whole: Float = 3
                decimal: Decimal = 1.25
                text: String = "café ✓ \"quoted\""
                rag: Rag = AMBER
                single: [Rag] = RED
                none: String = null
                window: Window = {from: "2024-02-29", rags: [GREEN], limit: 2}
                windows: [Window!] = [{limit: 1}, {}]
              ): Int
            }
            """";

    public static IntrospectionSchema Schema { get; } =
        new(
            "CLR default values",
            Sdl,
            new SchemaBuilder()
                .Scalar(ExtendedScalars.Date)
                .Scalar(ExtendedScalars.Decimal)
                .Enum<Rag>()
                .InputObject(
                    "Window",
                    i =>
                        i.Field("from", "Date", f => f.DefaultValue(new DateOnly(2024, 1, 31)))
                            .Field(
                                "rags",
                                "[Rag!]",
                                f => f.DefaultValue(new List<Rag> { Rag.Amber, Rag.Red })
                            )
                            .Field("limit", "Int", f => f.DefaultValue(5))
                )
                .Object(
                    "Query",
                    t =>
                        t.Field("kpis", "Int")
                            .Argument("long", "Int", a => a.DefaultValue(5L))
                            .Argument("double", "Float", a => a.DefaultValue(2.5))
                            .Argument("whole", "Float", a => a.DefaultValue(3))
                            .Argument("decimal", "Decimal", a => a.DefaultValue(1.25m))
                            .Argument("text", "String", a => a.DefaultValue("café ✓ \"quoted\""))
                            .Argument("rag", "Rag", a => a.DefaultValue(Rag.Amber))
                            .Argument("single", "[Rag]", a => a.DefaultValue(Rag.Red))
                            .Argument("none", "String", a => a.DefaultValue(null))
                            .Argument(
                                "window",
                                "Window",
                                a =>
                                    a.DefaultValue(
                                        new Dictionary<string, object?>
                                        {
                                            ["from"] = new DateOnly(2024, 2, 29),
                                            ["rags"] = new[] { Rag.Green },
                                            ["limit"] = 2,
                                        }
                                    )
                            )
                            .Argument(
                                "windows",
                                "[Window!]",
                                a =>
                                    a.DefaultValue(
                                        new[]
                                        {
                                            new Dictionary<string, object?> { ["limit"] = 1 },
                                            new Dictionary<string, object?>(),
                                        }
                                    )
                            )
                )
                .Build()
        );
}
