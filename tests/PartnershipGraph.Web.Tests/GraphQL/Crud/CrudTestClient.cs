using System.Text.Json;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Tests.GraphQL.Common;

namespace PartnershipGraph.Web.Tests.GraphQL.Crud;

/// <summary>Sends an entity's create, update and delete mutations and reads their payloads.</summary>
internal sealed class CrudTestClient(GraphQLTestHost host, string entity)
{
    private const string Errors = """
        errors {
          __typename
          ... on Error { message }
          ... on ConcurrencyError { currentVersion }
          ... on ValidationError { path }
        }
        """;

    private string Field => char.ToLowerInvariant(entity[0]) + entity[1..];

    public Task<JsonElement> CreateAsync(
        Role role,
        object input,
        string selection = "id version"
    ) => MutateAsync("create", role, input, $"{Field} {{ {selection} }} {Errors}");

    public Task<JsonElement> UpdateAsync(
        Role role,
        object input,
        string selection = "id version"
    ) => MutateAsync("update", role, input, $"{Field} {{ {selection} }} {Errors}");

    public Task<JsonElement> DeleteAsync(Role role, object input) =>
        MutateAsync("delete", role, input, $"deletedId {Errors}");

    public static JsonElement SingleError(JsonElement payload, string typeName)
    {
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(typeName, error.GetProperty("__typename").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        return error;
    }

    public static List<string> Path(JsonElement error) =>
        [.. error.GetProperty("path").EnumerateArray().Select(p => p.GetString()!)];

    private async Task<JsonElement> MutateAsync(
        string change,
        Role role,
        object input,
        string selection
    )
    {
        var name = change + entity;
        var type = char.ToUpperInvariant(change[0]) + change[1..] + entity + "Input";
        var data = await host.DataAsync(
            $"mutation ($input: {type}!) {{ {name}(input: $input) {{ {selection} }} }}",
            role,
            new { input }
        );
        return data.GetProperty(name);
    }
}
