using PartnershipGraph.Web.Access.ApiKeys;

namespace PartnershipGraph.Web.Access.CommandLine;

/// <summary>A command's sub-commands: exit code 0 on success, 1 when refused, 2 on a usage error (which also writes the usage).</summary>
internal abstract class CommandLineBase(string command, string usage, TextWriter error)
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var own = CommandOptions.WithoutHostConfiguration(args);
        try
        {
            var run = Dispatch(own, cancellationToken);
            return run is not null
                ? await run
                : Fail(
                    2,
                    own.Count == 0
                        ? $"Missing {command} command."
                        : $"Unknown {command} command '{string.Join(' ', own)}'."
                );
        }
        catch (Exception refused) when (refused is CommandLineException or ApiKeyRequestException)
        {
            return Fail(1, refused.Message);
        }
    }

    /// <summary>Runs the sub-command <paramref name="args"/> names, or returns null when it names none.</summary>
    protected abstract Task<int>? Dispatch(List<string> args, CancellationToken cancellationToken);

    protected int Fail(int exitCode, string message)
    {
        error.WriteLine(message);
        if (exitCode == 2)
        {
            error.WriteLine(usage);
        }
        return exitCode;
    }
}
