using PartnershipGraph.Domain.Common;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Tests.Services.Common;

public sealed class FieldErrorsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_required_text_is_an_error(string? value)
    {
        var errors = new FieldErrors();
        errors.Required("name", value, 10);

        var error = Assert.IsType<ValidationError>(Assert.Single(errors.Errors));
        Assert.Equal(["input", "name"], error.FieldPath);
        Assert.Equal("Name is required.", error.Message);
    }

    [Fact]
    public void Text_longer_than_the_limit_is_an_error_and_at_the_limit_is_not()
    {
        var errors = new FieldErrors();
        errors.MaxLength("notes", new string('x', 10), 10);
        Assert.True(errors.IsEmpty);

        errors.MaxLength("notes", new string('x', 11), 10);
        Assert.Equal("Notes must be at most 10 characters.", Assert.Single(errors.Errors).Message);
    }

    [Fact]
    public void Undefined_enum_values_and_empty_keys_are_errors()
    {
        var errors = new FieldErrors();
        errors.Defined("rag", Rag.Met);
        errors.Defined("rag", (Rag)99);
        errors.RequiredId("planId", Guid.Empty);
        errors.RequiredId("planId", Guid.CreateVersion7());

        Assert.Equal(
            ["input.rag", "input.planId"],
            errors.Errors.Cast<ValidationError>().Select(e => e.Path)
        );
    }
}
