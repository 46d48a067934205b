namespace PartnershipGraph.GraphQL.Tests;

/// <summary>Runs graphql-js, the reference implementation, as the oracle of differential tests.</summary>
/// <remarks>
/// Scripts are the <c>.mjs</c> files beside this one; graphql-js is pinned by package-lock.json and
/// installed with <c>npm ci</c> the first time it is needed (see <see cref="NodeProject"/>).
/// </remarks>
public static class GraphQLJs
{
    private static readonly NodeProject Project = new("GraphQLJs");

    /// <summary>The folder holding package.json and the scripts.</summary>
    public static string Directory => Project.Directory;

    /// <summary>Runs <c>node scriptFile</c> in the oracle folder with <paramref name="input"/> on stdin and returns stdout.</summary>
    public static string Run(string scriptFile, string input) => Project.Run(scriptFile, input);
}
