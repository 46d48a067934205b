using PartnershipGraph.GraphQL.Builder;

namespace PartnershipGraph.GraphQL.Tests.Builder;

public class ScreamingCaseTests
{
    [Theory]
    [InlineData("Met", "MET")]
    [InlineData("OnTrack", "ON_TRACK")]
    [InlineData("PartiallyMet", "PARTIALLY_MET")]
    [InlineData("NotOnTrack", "NOT_ON_TRACK")]
    [InlineData("HTTPServer", "HTTP_SERVER")]
    [InlineData("ImprovementNoticePlan", "IMPROVEMENT_NOTICE_PLAN")]
    [InlineData("Post16", "POST16")]
    [InlineData("Phase2Start", "PHASE2_START")]
    [InlineData("ALREADY_SCREAMING", "ALREADY_SCREAMING")]
    [InlineData("snake_case", "SNAKE_CASE")]
    [InlineData("A", "A")]
    public void Converts_member_names(string name, string expected) =>
        Assert.Equal(expected, ScreamingCase.Convert(name));
}
