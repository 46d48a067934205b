using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Tests.Utilities;

public class DidYouMeanTests
{
    [Fact]
    public void Does_not_suggest_when_there_are_no_suggestions() =>
        Assert.Equal("", DidYouMean.Format([]));

    [Fact]
    public void Handles_a_single_suggestion() =>
        Assert.Equal(" Did you mean \"A\"?", DidYouMean.Format(["A"]));

    [Fact]
    public void Handles_two_suggestions() =>
        Assert.Equal(" Did you mean \"A\" or \"B\"?", DidYouMean.Format(["A", "B"]));

    [Fact]
    public void Handles_multiple_suggestions() =>
        Assert.Equal(" Did you mean \"A\", \"B\", or \"C\"?", DidYouMean.Format(["A", "B", "C"]));

    [Fact]
    public void Limits_to_five_suggestions() =>
        Assert.Equal(
            " Did you mean \"A\", \"B\", \"C\", \"D\", or \"E\"?",
            DidYouMean.Format(["A", "B", "C", "D", "E", "F"])
        );

    [Fact]
    public void Adds_a_sub_message() =>
        Assert.Equal(
            " Did you mean the enum value \"A\"?",
            DidYouMean.Format("the enum value", ["A"])
        );
}
