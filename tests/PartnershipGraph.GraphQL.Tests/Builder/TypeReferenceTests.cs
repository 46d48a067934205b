using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Tests.Builder;

public class TypeReferenceTests
{
    [Theory]
    [InlineData("Int", "Int")]
    [InlineData("Int!", "Int!")]
    [InlineData("[Kpi!]!", "[Kpi!]!")]
    [InlineData(" [ Kpi ! ] ! ", "[Kpi!]!")]
    [InlineData("[[_Name2]]", "[[_Name2]]")]
    public void Parses_type_references(string text, string printed) =>
        Assert.Equal(printed, ValuePrinter.Print(TypeReference.Parse(text)!));

    [Theory]
    [InlineData("")]
    [InlineData("!")]
    [InlineData("Int!!")]
    [InlineData("[Int")]
    [InlineData("Int]")]
    [InlineData("[]")]
    [InlineData("9Lives")]
    [InlineData("Kpi Kpi")]
    [InlineData("Kpi-2")]
    public void Rejects_malformed_references(string text) => Assert.Null(TypeReference.Parse(text));
}
