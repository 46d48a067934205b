using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Validation;
using PartnershipGraph.GraphQL.Validation.Limits;

namespace PartnershipGraph.GraphQL.Tests.Validation.Limits;

/// <summary>A small plan schema for the limit rules: a connection, plain lists, recursive people, a union and fields with cost metadata.</summary>
internal static class LimitsTestSchema
{
    private const string Sdl = """
        type Query {
          plans(first: Int, after: String, last: Int, before: String): PlanConnection
          plan(id: ID): Plan
          people(take: Int = 5): [Person!]!
          find(term: String): [SearchResult!]!
        }
        type Mutation { addPlan(title: String): Plan }
        type PlanConnection { nodes: [Plan!] edges: [PlanEdge!] totalCount: Int! pageInfo: PageInfo! }
        type PlanEdge { cursor: String! node: Plan! }
        type PageInfo { hasNextPage: Boolean! }
        type Plan { id: ID! title: String areas: [Area!]! lead: Person tags: [String!]! }
        type Area { title: String }
        type Action { ref: String }
        type Person { name: String manager: Person }
        union SearchResult = Plan | Person
        """;

    public static Schema Schema { get; } =
        new SchemaBuilder()
            .AddTypeDefinitions(Sdl)
            .Object(
                "Query",
                t =>
                    t.Field("report", "Int")
                        .WithMetadata(CostMetadata.Cost, 50)
                        .Field("capped", "PlanConnection")
                        .Argument("first", "Int")
                        .WithMetadata(CostMetadata.MaxPageSize, 20)
                        .WithMetadata(CostMetadata.DefaultPageSize, 3)
            )
            .Object(
                "Area",
                t => t.Field("actions", "[Action!]!").WithMetadata(CostMetadata.ListSize, 4)
            )
            .Build();

    /// <summary>The errors the rule reports for the document, against this schema.</summary>
    public static IReadOnlyList<GraphQLError> Validate(IValidationRule rule, string document) =>
        DocumentValidator.Validate(
            Schema,
            Parser.Parse(document, new ParserOptions { MaxTokens = int.MaxValue }),
            [rule]
        );

    /// <summary>Asserts that the document breaks no rule at all, specified ones included: the limit tests use valid documents.</summary>
    public static void AssertValidDocument(string document) =>
        Assert.Empty(
            DocumentValidator.Validate(
                Schema,
                Parser.Parse(document, new ParserOptions { MaxTokens = int.MaxValue })
            )
        );

    /// <summary>Asserts one error with this message at 1:1 (or the given line) and these extensions.</summary>
    public static void AssertLimitError(
        IReadOnlyList<GraphQLError> errors,
        string message,
        string code,
        long limit,
        long actual,
        int line = 1
    )
    {
        var error = Assert.Single(errors);
        Assert.Equal(message, error.Message);
        Assert.Equal([new SourceLocation(line, 1)], error.Locations);
        Assert.Equal(
            new Dictionary<string, object?>
            {
                ["code"] = code,
                ["limit"] = limit,
                ["actual"] = actual,
            },
            error.Extensions
        );
    }

    /// <summary><c>F0 { title }</c>, then <c>Fi { ...Fi-1 ...Fi-1 }</c> up to <c>F{levels}</c>: 2^levels fields in a few lines.</summary>
    public static string FragmentBomb(int levels)
    {
        var lines = new List<string>
        {
            $"{{ plan {{ ...F{levels} }} }}",
            "fragment F0 on Plan { title }",
        };
        for (var i = 1; i <= levels; i++)
        {
            lines.Add($"fragment F{i} on Plan {{ ...F{i - 1} ...F{i - 1} }}");
        }
        return string.Join("\n", lines);
    }
}
