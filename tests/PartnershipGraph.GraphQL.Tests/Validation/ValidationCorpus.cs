using System.Text.Json;
using PartnershipGraph.GraphQL.Validation;

namespace PartnershipGraph.GraphQL.Tests.Validation;

/// <summary>The documents of <c>Validation/Corpus/*.graphql</c> (separated by a line <c># ---</c>) and what graphql-js's <c>validate</c> says of each.</summary>
internal static class ValidationCorpus
{
    public const string Separator = "# ---";

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> Verdicts = new(
        AskGraphQLJs
    );

    /// <summary>The folder holding the corpus files.</summary>
    public static string Directory { get; } =
        Path.GetFullPath(Path.Combine(GraphQLJs.Directory, "..", "Validation", "Corpus"));

    /// <summary>Every document, keyed <c>file.graphql#index</c> (index from 1), in file then document order.</summary>
    public static IReadOnlyDictionary<string, string> Documents { get; } = Load();

    /// <summary>graphql-js's errors for the document, each as <see cref="ExpectedError.ToString"/> describes it.</summary>
    public static IReadOnlyList<string> GraphQLJsErrors(string key) => Verdicts.Value[key];

    private static Dictionary<string, string> Load()
    {
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (
            var file in System
                .IO.Directory.GetFiles(Directory, "*.graphql")
                .Order(StringComparer.Ordinal)
        )
        {
            var index = 0;
            foreach (var document in Split(File.ReadAllText(file)))
            {
                documents[$"{Path.GetFileName(file)}#{++index}"] = document;
            }
        }
        return documents;
    }

    private static IEnumerable<string> Split(string text)
    {
        var current = new List<string>();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.TrimEnd() == Separator)
            {
                if (current.Any(l => l.Trim().Length > 0))
                {
                    yield return string.Join("\n", current);
                }
                current.Clear();
                continue;
            }
            current.Add(line);
        }
        if (current.Any(l => l.Trim().Length > 0))
        {
            yield return string.Join("\n", current);
        }
    }

    /// <summary>graphql-js's errors for each document, with the rules we implement, each error as <see cref="ExpectedError.ToString"/> describes it.</summary>
    public static List<IReadOnlyList<string>> ValidateWithGraphQLJs(IReadOnlyList<string> documents)
    {
        var input = JsonSerializer.Serialize(
            new
            {
                sdl = ValidationSchema.Sdl,
                rules = SpecifiedRules.All.Select(r => r.Name).ToList(),
                documents,
            }
        );
        using var output = JsonDocument.Parse(GraphQLJs.Run("validate.mjs", input));
        return
        [
            .. output
                .RootElement.EnumerateArray()
                .Select(result =>
                    (IReadOnlyList<string>)
                        [.. result.GetProperty("errors").EnumerateArray().Select(Describe)]
                ),
        ];
    }

    private static string Describe(JsonElement error) =>
        new ExpectedError(
            error.GetProperty("message").GetString()!,
            [
                .. error
                    .GetProperty("locations")
                    .EnumerateArray()
                    .Select(l => new SourceLocation(
                        l.GetProperty("line").GetInt32(),
                        l.GetProperty("column").GetInt32()
                    )),
            ]
        ).ToString();

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> AskGraphQLJs()
    {
        var keys = Documents.Keys.ToList();
        var verdicts = ValidateWithGraphQLJs([.. keys.Select(k => Documents[k])]);
        return keys.Zip(verdicts).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal);
    }
}
