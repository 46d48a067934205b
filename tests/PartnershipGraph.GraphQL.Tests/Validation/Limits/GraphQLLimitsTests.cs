using System.Reflection;
using PartnershipGraph.GraphQL.Execution;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Validation;
using PartnershipGraph.GraphQL.Validation.Limits;
using static PartnershipGraph.GraphQL.Tests.Execution.ExecutionTestSupport;
using static PartnershipGraph.GraphQL.Tests.Validation.Limits.LimitsTestSchema;

namespace PartnershipGraph.GraphQL.Tests.Validation.Limits;

public class GraphQLLimitsTests
{
    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives {
              name description isRepeatable locations
              args(includeDeprecated: true) { ...InputValue }
            }
          }
        }
        fragment FullType on __Type {
          kind name description specifiedByURL isOneOf
          fields(includeDeprecated: true) {
            name description
            args(includeDeprecated: true) { ...InputValue }
            type { ...TypeRef }
            isDeprecated deprecationReason
          }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue {
          name description type { ...TypeRef } defaultValue isDeprecated deprecationReason
        }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
        }
        """;

    [Fact]
    public void Has_the_documented_defaults()
    {
        var limits = GraphQLLimits.Default;

        Assert.Equal(
            (15, 10_000, 1000, 10, 50, 15000, TimeSpan.FromSeconds(30), 256 * 1024L),
            (
                limits.MaxDepth,
                limits.MaxCost,
                limits.MaxFields,
                limits.AssumedListSize,
                limits.MaxPageSize,
                limits.MaxTokens,
                limits.Timeout,
                limits.MaxRequestBodySize
            )
        );
    }

    [Fact]
    public void Creates_the_three_limit_rules_with_its_values()
    {
        var limits = new GraphQLLimits
        {
            MaxDepth = 3,
            MaxFields = 4,
            MaxCost = 5,
            AssumedListSize = 6,
            MaxPageSize = 7,
        };

        var rules = limits.CreateValidationRules();

        Assert.Equal(["MaxDepthRule", "MaxFieldsRule", "CostRule"], rules.Select(r => r.Name));
        Assert.Equal(3, ((MaxDepthRule)rules[0]).MaxDepth);
        Assert.Equal(4, ((MaxFieldsRule)rules[1]).MaxFields);
        var cost = (CostRule)rules[2];
        Assert.Equal((5, 6, 7), (cost.MaxCost, cost.AssumedListSize, cost.MaxPageSize));
    }

    [Fact]
    public void The_standard_introspection_query_passes_the_default_limits()
    {
        var errors = DocumentValidator.Validate(
            Schema,
            Parser.Parse(IntrospectionQuery),
            [.. SpecifiedRules.All, .. GraphQLLimits.Default.CreateValidationRules()]
        );

        Assert.Empty(errors);
    }

    [Fact]
    public void Applies_the_token_limit_and_keeps_the_other_parser_options()
    {
        var options = new GraphQLLimits { MaxTokens = 99 }.ApplyTo(
            new ParserOptions { MaxDepth = 7, NoLocation = true }
        );

        Assert.Equal(
            new ParserOptions
            {
                MaxTokens = 99,
                MaxDepth = 7,
                NoLocation = true,
            },
            options
        );
    }

    [Fact]
    public void Applies_the_timeout_and_keeps_every_other_execution_option()
    {
        Func<GraphQLError, GraphQLError> filter = e => e;
        var given = new ExecutionOptions
        {
            MaskUnexpectedErrors = true,
            ErrorFilter = filter,
            Timeout = TimeSpan.FromMinutes(5),
            MaxVariableErrors = 3,
            DocumentCacheSize = 4,
        };

        var applied = new GraphQLLimits { Timeout = TimeSpan.FromSeconds(2) }.ApplyTo(given);

        // Every property is compared, so that one added to ExecutionOptions later must be copied too.
        foreach (
            var property in typeof(ExecutionOptions).GetProperties(
                BindingFlags.Public | BindingFlags.Instance
            )
        )
        {
            var expected =
                property.Name == nameof(ExecutionOptions.Timeout)
                    ? TimeSpan.FromSeconds(2)
                    : property.GetValue(given);
            Assert.Equal(expected, property.GetValue(applied));
        }
    }

    [Fact]
    public async Task A_request_executor_with_the_limits_answers_with_a_GraphQL_error()
    {
        var executor = new GraphQLLimits { MaxDepth = 2 }.CreateRequestExecutor(Schema);

        var result = await executor.ExecuteAsync("{ plan { lead { name } } }");

        Assert.False(result.HasData);
        AssertJson(
            """
            {"errors":[{"message":"The query is 3 levels deep, more than the maximum depth of 2.",
              "locations":[{"line":1,"column":1}],
              "extensions":{"code":"MAX_DEPTH_EXCEEDED","limit":2,"actual":3}}]}
            """,
            ExecutionResultWriter.ToJson(result)
        );
    }

    [Fact]
    public async Task Reports_every_limit_an_operation_breaks_and_the_specified_rules_still_run()
    {
        var executor = new GraphQLLimits
        {
            MaxDepth = 1,
            MaxFields = 1,
            MaxCost = 1,
        }.CreateRequestExecutor(Schema);

        var result = await executor.ExecuteAsync("{ plan { title nope } }");

        Assert.Equal(
            [
                "Cannot query field \"nope\" on type \"Plan\".",
                "The query is 2 levels deep, more than the maximum depth of 1.",
                "The query selects 3 fields, more than the maximum of 1 fields.",
                "The query costs 3, more than the maximum cost of 1.",
            ],
            result.Errors.Select(e => e.Message)
        );
    }

    [Fact]
    public async Task Applies_the_token_limit_and_runs_valid_operations()
    {
        var executor = new GraphQLLimits { MaxTokens = 5 }.CreateRequestExecutor(Schema);

        var tooLong = await executor.ExecuteAsync("{ plan { title } }");
        var allowed = await executor.ExecuteAsync("{ plan }");

        Assert.StartsWith(
            "Syntax Error: Document contains more that 5 tokens",
            Assert.Single(tooLong.Errors).Message
        );
        Assert.DoesNotContain(
            allowed.Errors,
            e => e.Message.Contains("token", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task Limits_are_checked_with_the_document_before_variables_so_any_variable_passes()
    {
        var executor = new GraphQLLimits { MaxCost = 100 }.CreateRequestExecutor(Schema);
        const string query = "query ($n: Int) { plans(first: $n) { nodes { id } } }";

        var result = await executor.ExecuteAsync(
            query,
            new Dictionary<string, object?> { ["n"] = 1 }
        );

        Assert.Equal(
            "The query costs 101, more than the maximum cost of 100.",
            Assert.Single(result.Errors).Message
        );
    }
}
