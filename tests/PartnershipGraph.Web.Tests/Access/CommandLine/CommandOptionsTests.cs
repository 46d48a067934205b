using PartnershipGraph.Web.Access.CommandLine;

namespace PartnershipGraph.Web.Tests.Access.CommandLine;

public sealed class CommandOptionsTests
{
    private static readonly string[] Known = ["name", "role"];

    [Fact]
    public void Parse_reads_separate_and_joined_values_into_a_case_insensitive_lookup()
    {
        var options = CommandOptions.Parse(["--name", "backup job", "--role=Partner"], Known, "u");

        Assert.Equal("backup job", options["name"]);
        Assert.Equal("Partner", options["Role"]);
    }

    [Theory]
    [InlineData("stray", "Unexpected argument 'stray'.\nu")]
    [InlineData("--colour=red", "Unknown option '--colour'.\nu")]
    [InlineData("--name", "--name needs a value.")]
    [InlineData("--NAME=a", "Unknown option '--NAME'.\nu")]
    public void Parse_refuses_what_it_cannot_read(string arg, string message)
    {
        var refused = Assert.Throws<CommandLineException>(() =>
            CommandOptions.Parse([arg], Known, "u")
        );

        Assert.Equal(message, refused.Message);
    }

    [Fact]
    public void Parse_refuses_an_option_given_twice()
    {
        var refused = Assert.Throws<CommandLineException>(() =>
            CommandOptions.Parse(["--name=a", "--name", "b"], Known, "u")
        );

        Assert.Equal("--name is given twice.", refused.Message);
    }

    [Fact]
    public void WithoutHostConfiguration_drops_only_options_with_a_colon()
    {
        var own = CommandOptions.WithoutHostConfiguration([
            "create",
            "--Database:Provider=PostgreSql",
            "--name",
            "a:b",
        ]);

        Assert.Equal(["create", "--name", "a:b"], own);
    }
}
