using System.Text.RegularExpressions;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Validation;

/// <summary>Makes new documents from a seed by replacing names (with other names of the schema or the document, or misspellings of them) and by dropping, repeating or moving whole definitions.</summary>
/// <remarks>Keywords are left alone, so a mutated document usually still parses; the validation rules then have something new to find.</remarks>
internal sealed partial class CorpusMutator
{
    private static readonly HashSet<string> Keywords =
    [
        "query",
        "mutation",
        "subscription",
        "fragment",
        "on",
        "true",
        "false",
        "null",
        "type",
        "interface",
        "union",
        "enum",
        "input",
        "scalar",
        "schema",
        "extend",
        "directive",
        "implements",
        "repeatable",
    ];

    private readonly Random _random;
    private readonly List<string> _schemaNames;

    public CorpusMutator(int seed, Schema schema)
    {
        _random = new Random(seed);
        _schemaNames =
        [
            .. schema.TypeMap.Values.Select(t => t.Name),
            .. schema
                .TypeMap.Values.OfType<ObjectOrInterfaceType>()
                .SelectMany(t => t.Fields)
                .SelectMany(f => f.Arguments.Select(a => a.Name).Prepend(f.Name)),
            .. schema
                .TypeMap.Values.OfType<InputObjectType>()
                .SelectMany(t => t.Fields)
                .Select(f => f.Name),
            .. schema
                .TypeMap.Values.OfType<EnumType>()
                .SelectMany(t => t.Values)
                .Select(v => v.Name),
            .. schema.Directives.Select(d => d.Name),
            "__typename",
        ];
    }

    /// <summary>The document with one to three of its names replaced, and sometimes a definition dropped, repeated or moved.</summary>
    public string Mutate(string document) =>
        Rename(_random.Next(3) == 0 ? Reshape(document) : document);

    private string Reshape(string document)
    {
        List<string> definitions;
        try
        {
            definitions =
            [
                .. Parser
                    .Parse(document)
                    .Definitions.Select(d => document[d.Location!.Start..d.Location.End]),
            ];
        }
        catch (GraphQLError)
        {
            return document;
        }
        var i = _random.Next(definitions.Count);
        switch (_random.Next(3))
        {
            case 0 when definitions.Count > 1:
                definitions.RemoveAt(i);
                break;
            case 1:
                definitions.Insert(_random.Next(definitions.Count + 1), definitions[i]);
                break;
            default:
                var moved = definitions[i];
                definitions.RemoveAt(i);
                definitions.Insert(_random.Next(definitions.Count + 1), moved);
                break;
        }
        return string.Join("\n", definitions);
    }

    private string Rename(string document)
    {
        var matches = NamePattern()
            .Matches(document)
            .Where(m => !Keywords.Contains(m.Value))
            .ToList();
        if (matches.Count == 0)
        {
            return document;
        }
        var localNames = matches.Select(m => m.Value).Distinct().ToList();
        var replacements = new SortedDictionary<int, (int Length, string Name)>();
        for (var i = 1 + _random.Next(3); i > 0; i--)
        {
            var match = matches[_random.Next(matches.Count)];
            replacements[match.Index] = (match.Length, Pick(localNames));
        }
        foreach (var (index, (length, name)) in replacements.Reverse())
        {
            document = document[..index] + name + document[(index + length)..];
        }
        return document;
    }

    private string Pick(List<string> localNames)
    {
        var name = _random.Next(3) switch
        {
            0 => localNames[_random.Next(localNames.Count)],
            _ => _schemaNames[_random.Next(_schemaNames.Count)],
        };
        if (_random.Next(4) == 0 && name.Length > 1)
        {
            var at = _random.Next(name.Length);
            name = name.Remove(at, 1);
        }
        return Keywords.Contains(name) || !NamePattern().IsMatch(name) ? "x" + name : name;
    }

    [GeneratedRegex("[_A-Za-z][_0-9A-Za-z]*")]
    private static partial Regex NamePattern();
}
