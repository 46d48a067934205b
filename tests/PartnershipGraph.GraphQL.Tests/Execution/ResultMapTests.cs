using PartnershipGraph.GraphQL.Execution;

namespace PartnershipGraph.GraphQL.Tests.Execution;

public class ResultMapTests
{
    [Fact]
    public void Keeps_entries_in_insertion_order_beyond_its_capacity()
    {
        var map = new ResultMap(1);
        foreach (var key in new[] { "c", "a", "b" })
        {
            map.Add(key, key.ToUpperInvariant());
        }

        Assert.Equal(["c", "a", "b"], map.Keys);
        Assert.Equal(["C", "A", "B"], map.Values);
        Assert.Equal(3, map.Count);
    }

    [Fact]
    public void Looks_up_values_by_key()
    {
        var map = new ResultMap();
        map.Add("a", 1);
        map.Add("b", null);

        Assert.Equal(1, map["a"]);
        Assert.True(map.TryGetValue("b", out var b));
        Assert.Null(b);
        Assert.False(map.ContainsKey("c"));
        Assert.Throws<KeyNotFoundException>(() => map["c"]);
    }

    [Fact]
    public void Replaces_a_value_by_index()
    {
        var map = new ResultMap();
        var index = map.Add("pending", null);

        map.SetValueAt(index, "done");

        Assert.Equal("done", map["pending"]);
        Assert.Equal([new KeyValuePair<string, object?>("pending", "done")], map);
    }

    [Fact]
    public void Copies_shared_keys_before_appending()
    {
        string[] keys = ["a", "b"];
        var map = new ResultMap(keys);
        map.SetValueAt(1, 2);

        map.Add("c", 3);

        Assert.Equal(["a", "b"], keys);
        Assert.Equal(["a", "b", "c"], map.Keys);
        Assert.Equal([null, 2, 3], map.Values);
    }
}
