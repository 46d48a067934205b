using System.Diagnostics;
using System.Text.Json;

namespace PartnershipGraph.GraphQL.Tests;

/// <summary>A folder of the test project holding a package.json (pinned by its package-lock.json) and node scripts that tests run.</summary>
/// <remarks>
/// The packages are installed with <c>npm ci</c> the first time a script runs (once, even across parallel test processes);
/// node_modules is not committed.
/// </remarks>
public sealed class NodeProject
{
    private readonly Lock _installLock = new();
    private bool _installed;

    /// <summary>The project in the folder <paramref name="folderName"/> of the test project's source folder.</summary>
    public NodeProject(string folderName)
    {
        Directory = FindDirectory(folderName);
    }

    /// <summary>The folder holding package.json and the scripts.</summary>
    public string Directory { get; }

    /// <summary>Runs <c>node scriptFile arguments…</c> in the folder with <paramref name="input"/> on stdin and returns stdout.</summary>
    public string Run(string scriptFile, string input, params IEnumerable<string> arguments) =>
        RunAsync(scriptFile, input, arguments).GetAwaiter().GetResult();

    /// <summary>Runs <c>node scriptFile arguments…</c> in the folder with <paramref name="input"/> on stdin and returns stdout.</summary>
    public async Task<string> RunAsync(
        string scriptFile,
        string input,
        IEnumerable<string> arguments,
        TimeSpan? timeout = null
    )
    {
        EnsureInstalled();
        var (exitCode, stdout, stderr) = await ExecuteAsync(
                "node",
                [scriptFile, .. arguments],
                input,
                timeout ?? TimeSpan.FromMinutes(5)
            )
            .ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                $"node {scriptFile} exited with {exitCode}: {stderr}"
            );
        }
        return stdout;
    }

    private void EnsureInstalled()
    {
        lock (_installLock)
        {
            if (_installed || IsInstalled())
            {
                _installed = true;
                return;
            }
            using var fileLock = AcquireFileLock(Path.Combine(Directory, ".npm-ci.lock"));
            if (!IsInstalled())
            {
                var (exitCode, _, stderr) = ExecuteAsync(
                        "npm",
                        ["ci", "--no-audit", "--no-fund", "--loglevel=error"],
                        "",
                        TimeSpan.FromMinutes(5)
                    )
                    .GetAwaiter()
                    .GetResult();
                if (exitCode != 0)
                {
                    throw new InvalidOperationException($"npm ci failed ({exitCode}): {stderr}");
                }
            }
            _installed = true;
        }
    }

    /// <summary>Whether every dependency of package.json is in node_modules.</summary>
    private bool IsInstalled()
    {
        using var package = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(Directory, "package.json"))
        );
        if (!package.RootElement.TryGetProperty("dependencies", out var dependencies))
        {
            return true;
        }
        return dependencies
            .EnumerateObject()
            .All(dependency =>
                File.Exists(
                    Path.Combine(Directory, "node_modules", dependency.Name, "package.json")
                )
            );
    }

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

    private async Task<(int ExitCode, string Stdout, string Stderr)> ExecuteAsync(
        string fileName,
        IEnumerable<string> arguments,
        string input,
        TimeSpan timeout
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
        await process.StandardInput.WriteAsync(input).ConfigureAwait(false);
        process.StandardInput.Close();
        using var timeoutSource = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish within {timeout}.");
        }
        return (
            process.ExitCode,
            await stdout.ConfigureAwait(false),
            await stderr.ConfigureAwait(false)
        );
    }

    private static string FindDirectory(string folderName)
    {
        for (
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            dir is not null;
            dir = dir.Parent
        )
        {
            var candidate = Path.Combine(dir.FullName, folderName);
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
            candidate = Path.Combine(
                dir.FullName,
                "tests",
                "PartnershipGraph.GraphQL.Tests",
                folderName
            );
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException($"The node project folder {folderName} was not found.");
    }
}
