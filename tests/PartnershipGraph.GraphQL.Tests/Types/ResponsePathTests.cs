using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Types;

public class ResponsePathTests
{
    [Fact]
    public void Lists_keys_from_the_root()
    {
        var path = ResponsePath.Root("plans", "Query").Append(0).Append("areas", "Plan").Append(3);

        Assert.Equal(["plans", 0, "areas", 3], path.ToList());
        Assert.Equal("plans.0.areas.3", path.ToString());
    }

    [Fact]
    public void Keeps_the_parent_and_type_name()
    {
        var root = ResponsePath.Root("plan", "Query");
        var child = root.Append("title", "Plan");

        Assert.Same(root, child.Parent);
        Assert.Null(root.Parent);
        Assert.Equal("Plan", child.TypeName);
        Assert.Null(root.Append(1).TypeName);
    }

    [Fact]
    public void Appending_does_not_change_the_original()
    {
        var root = ResponsePath.Root("a");
        _ = root.Append("b");

        Assert.Equal(["a"], root.ToList());
    }
}
