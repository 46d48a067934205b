namespace PartnershipGraph.Web.Access.CommandLine;

/// <summary>Reads a command's <c>--name value</c> and <c>--name=value</c> options.</summary>
internal static class CommandOptions
{
    /// <summary>The arguments without the host's configuration options (those with a ':', e.g. <c>--Database:Provider=PostgreSql</c>).</summary>
    public static List<string> WithoutHostConfiguration(IReadOnlyList<string> args) =>
        args.Where(a =>
                !(
                    a.StartsWith("--", StringComparison.Ordinal)
                    && a.Contains(':', StringComparison.Ordinal)
                )
            )
            .ToList();

    /// <summary>The options by name (case-insensitive).</summary>
    /// <exception cref="CommandLineException">An argument is not an option, an option is unknown, lacks a value or is given twice.</exception>
    public static Dictionary<string, string> Parse(
        IReadOnlyList<string> args,
        IReadOnlyCollection<string> known,
        string usage
    )
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new CommandLineException($"Unexpected argument '{arg}'.\n{usage}");
            }
            var (name, value) = arg.IndexOf('=', StringComparison.Ordinal) is var eq and > 0
                ? (arg[2..eq], arg[(eq + 1)..])
                : (
                    arg[2..],
                    i + 1 < args.Count
                        ? args[++i]
                        : throw new CommandLineException($"--{arg[2..]} needs a value.")
                );
            if (!known.Contains(name))
            {
                throw new CommandLineException($"Unknown option '--{name}'.\n{usage}");
            }
            if (!options.TryAdd(name, value))
            {
                throw new CommandLineException($"--{name} is given twice.");
            }
        }
        return options;
    }
}
