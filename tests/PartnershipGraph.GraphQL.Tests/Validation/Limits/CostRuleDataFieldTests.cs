using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Tests.Data;
using PartnershipGraph.GraphQL.Validation;
using PartnershipGraph.GraphQL.Validation.Limits;

namespace PartnershipGraph.GraphQL.Tests.Validation.Limits;

/// <summary>The cost of the data layer's fields: cursor and offset pages, and collection fields.</summary>
public sealed class CostRuleDataFieldTests : IDisposable
{
    private readonly CatalogSchema _catalog = new();

    [Theory]
    // Cursor paging: first/last; no size is the default page size, 10; a variable is the largest page, 50.
    [InlineData("{ productPages(first: 3) { nodes { name } totalCount } }", 1 + 3 * 3)]
    [InlineData("{ productPages(last: 4) { edges { cursor node { name } } } }", 1 + 4 * 4)]
    [InlineData("{ productPages { nodes { name } } }", 1 + 10 * 2)]
    [InlineData("query ($n: Int) { productPages(first: $n) { nodes { name } } }", 1 + 50 * 2)]
    // Offset paging: take.
    [InlineData("{ productSegments(take: 2) { items { name } } }", 1 + 2 * 2)]
    // An unpaged data field: a list of the assumed size; a collection field, read in its parent's SQL query: its
    // selection once, not per parent row.
    [InlineData("{ products { name tags { label } } }", 1 + 10 * (1 + 1 + 1 * 1))]
    public void Reads_the_paging_arguments_of_data_fields(string document, long expected)
    {
        var parsed = Parser.Parse(document);
        Assert.Empty(DocumentValidator.Validate(_catalog.Schema, parsed));

        var cost = new CostRule().Measure(
            _catalog.Schema,
            parsed,
            parsed.Definitions.OfType<OperationDefinitionNode>().Single()
        );

        Assert.Equal(expected, cost);
    }

    public void Dispose() => _catalog.Dispose();
}
