using System.Linq.Expressions;

namespace PartnershipGraph.GraphQL.Data.Filtering;

/// <summary>Where in the <c>where</c> argument a condition is being built, for error messages.</summary>
/// <param name="Path">The filter fields leading here, such as <c>trust.name.in</c>.</param>
/// <param name="Conversion">How the values of the member filtered here are read, when it is filtered as another scalar.</param>
internal sealed record FilterScope(string Path, DataValueConversion? Conversion = null)
{
    public FilterScope Append(string name) =>
        this with
        {
            Path = Path.Length == 0 ? name : $"{Path}.{name}",
        };

    public GraphQLError Error(string problem) =>
        new($"The filter \"{Path}\" cannot be applied: {problem}");

    /// <summary>The value as a parameter of the member's type (so that SQL sends it as a parameter, not a literal).</summary>
    public Expression Constant(object? value, Type type) =>
        QueryParameter.Create(FilterValues.Convert(value, type, this), type);
}
