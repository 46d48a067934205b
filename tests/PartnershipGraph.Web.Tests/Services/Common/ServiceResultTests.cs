using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Tests.Services.Common;

public sealed class ServiceResultTests
{
    [Fact]
    public void A_value_converts_to_a_success()
    {
        ServiceResult<int> result = 42;

        Assert.True(result.Succeeded);
        Assert.Equal(42, result.Value);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void An_error_converts_to_a_failure_without_a_value()
    {
        ServiceResult<string> result = new ForbiddenError("No.");

        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        Assert.Equal("No.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_failure_needs_at_least_one_error()
    {
        Assert.Throws<ArgumentException>(() => ServiceResult<int>.Failure([]));
    }

    [Fact]
    public void Errors_carry_their_details_and_a_readable_message()
    {
        var id = Guid.CreateVersion7();

        Assert.Equal($"No Action with id {id} exists.", new NotFoundError("Action", id).Message);
        var stale = ConcurrencyError.Stale("Kpi", id, 3, 2);
        Assert.Equal(3, stale.CurrentVersion);
        Assert.Contains("version 3, not 2", stale.Message, StringComparison.Ordinal);
        Assert.Equal("input.narrative", ValidationError.OnInput("narrative", "Too long.").Path);
    }
}
