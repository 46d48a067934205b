using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Tests.Common;

public sealed class SequentialGuidTests
{
    private readonly SequentialGuid _generator = new();

    [Fact]
    public void The_shared_generator_makes_increasing_keys()
    {
        var keys = Enumerable.Range(0, 100).Select(_ => SequentialGuid.NewGuid()).ToList();
        Assert.Equal(keys, keys.Order().ToList());
    }

    [Fact]
    public void Keys_made_in_one_millisecond_sort_in_the_order_they_were_made()
    {
        var now = DateTimeOffset.UtcNow.AddYears(1);
        var keys = Enumerable.Range(0, 50).Select(_ => _generator.Next(now)).ToList();
        Assert.Equal(keys, keys.Order().ToList());
        Assert.Equal(50, keys.Distinct().Count());
    }

    [Fact]
    public void More_keys_than_the_counter_holds_move_the_timestamp_on_and_still_increase()
    {
        var now = DateTimeOffset.UtcNow.AddYears(2);
        var keys = Enumerable.Range(0, 10_000).Select(_ => _generator.Next(now)).ToList();
        Assert.Equal(keys, keys.Order().ToList());
    }

    [Fact]
    public void Keys_are_version_7_with_the_rfc_variant_and_the_time_in_front()
    {
        var now = DateTimeOffset.UtcNow.AddYears(3);
        var key = _generator.Next(now);
        Assert.Equal(7, key.Version);
        Assert.Equal(0x8, key.Variant & 0xC);
        var text = key.ToString("N");
        var milliseconds = Convert.ToInt64(text[..12], 16);
        Assert.InRange(
            milliseconds,
            now.ToUnixTimeMilliseconds(),
            now.ToUnixTimeMilliseconds() + 3
        );
    }

    [Fact]
    public void A_clock_that_goes_back_does_not_make_a_smaller_key()
    {
        var later = _generator.Next(DateTimeOffset.UtcNow.AddYears(4));
        var earlier = _generator.Next(DateTimeOffset.UtcNow);
        Assert.True(earlier.CompareTo(later) > 0);
    }
}
