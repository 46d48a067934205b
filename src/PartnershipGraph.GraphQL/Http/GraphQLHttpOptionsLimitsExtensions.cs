using PartnershipGraph.GraphQL.Validation.Limits;

namespace PartnershipGraph.GraphQL.Http;

/// <summary>Applies <see cref="GraphQLLimits"/> to the options of the GraphQL endpoint.</summary>
public static class GraphQLHttpOptionsLimitsExtensions
{
    /// <summary>Adds the limit rules to <see cref="GraphQLHttpOptions.ValidationRules"/> and sets the token limit, the execution timeout and the request body size from <paramref name="limits"/>.</summary>
    /// <remarks>Call it in <c>AddGraphQL</c>'s <c>configure</c>: <c>services.AddGraphQL(schema, o => o.UseLimits(GraphQLLimits.Default))</c>.</remarks>
    public static GraphQLHttpOptions UseLimits(
        this GraphQLHttpOptions options,
        GraphQLLimits limits
    )
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(limits);
        foreach (var rule in limits.CreateValidationRules())
        {
            options.ValidationRules.Add(rule);
        }
        options.ParserOptions = limits.ApplyTo(options.ParserOptions);
        options.ExecutionOptions = limits.ApplyTo(options.ExecutionOptions);
        options.MaxRequestBodySize = limits.MaxRequestBodySize;
        return options;
    }
}
