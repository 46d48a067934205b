using System.Diagnostics;

namespace PartnershipGraph.GraphQL.Tests;

/// <summary>Runs graphql-js, the reference implementation, as the oracle of differential tests.</summary>
/// <remarks>
/// Scripts are the <c>.mjs</c> files beside this one; graphql-js is pinned by package-lock.json and
/// installed with <c>npm ci</c> the first time it is needed (once, even across parallel test processes).
/// </remarks>
public static class GraphQLJs
{
    private static readonly Lock InstallLock = new();
    private static bool _installed;

    /// <summary>The folder holding package.json and the scripts.</summary>
    public static string Directory { get; } = FindDirectory();

    /// <summary>Runs <c>node scriptFile</c> in the oracle folder with <paramref name="input"/> on stdin and returns stdout.</summary>
    public static string Run(string scriptFile, string input)
    {
        EnsureInstalled();
        var (exitCode, stdout, stderr) = Execute("node", [scriptFile], input);
        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                $"node {scriptFile} exited with {exitCode}: {stderr}"
            );
        }
        return stdout;
    }

    private static void EnsureInstalled()
    {
        lock (InstallLock)
        {
            if (_installed || IsInstalled())
            {
                _installed = true;
                return;
            }
            using var fileLock = AcquireFileLock(Path.Combine(Directory, ".npm-ci.lock"));
            if (!IsInstalled())
            {
                var (exitCode, _, stderr) = Execute(
                    "npm",
                    ["ci", "--no-audit", "--no-fund", "--loglevel=error"],
                    ""
                );
                if (exitCode != 0)
                {
                    throw new InvalidOperationException($"npm ci failed ({exitCode}): {stderr}");
                }
            }
            _installed = true;
        }
    }

    private static bool IsInstalled() =>
        File.Exists(Path.Combine(Directory, "node_modules", "graphql", "package.json"));

    private static FileStream AcquireFileLock(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            try
            {
                return new FileStream(
                    path,
                    FileMode.OpenOrCreate,
                    FileAccess.ReadWrite,
                    FileShare.None,
                    1,
                    FileOptions.DeleteOnClose
                );
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
        }
    }

    private static (int ExitCode, string Stdout, string Stderr) Execute(
        string fileName,
        IEnumerable<string> arguments,
        string input
    )
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        using var process = Process.Start(startInfo)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindDirectory()
    {
        for (
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            dir is not null;
            dir = dir.Parent
        )
        {
            var candidate = Path.Combine(dir.FullName, "GraphQLJs");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
            candidate = Path.Combine(
                dir.FullName,
                "tests",
                "PartnershipGraph.GraphQL.Tests",
                "GraphQLJs"
            );
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("The GraphQLJs oracle folder was not found.");
    }
}
