using System.Text;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Validation;

/// <summary>Writes random executable documents against <see cref="ValidationSchema"/>: mostly following the schema, with a share of the mistakes each rule looks for.</summary>
internal sealed class ValidationDocumentGenerator(int seed)
{
    private static readonly string[] StrayFieldNames =
    [
        "unknownField",
        "name",
        "mother",
        "__typename",
        "fields",
        "types",
    ];
    private static readonly string[] StrayArgumentNames = ["unknownArg", "if", "surname", "x"];
    private static readonly string[] ResponseNames = ["a", "b", "x", "name", "dog", "mother"];
    private static readonly string[] StrayTypeNames =
    [
        "Unknown",
        "FurColor",
        "__Type",
        "QueryRoot",
    ];
    private static readonly string[] VariableTypes =
    [
        "Int",
        "Int!",
        "String",
        "[String]",
        "Boolean!",
        "ComplexInput",
        "DogCommand",
        "Dog",
        "Unknown",
    ];

    private static readonly string[] Directives =
    [
        "@include(if: true)",
        "@skip(if: false)",
        "@include",
        "@onField",
        "@onQuery",
        "@repeatable @repeatable",
        "@onField @onField",
        "@withArgs(req: 1)",
        "@withArgs(opt: \"y\")",
        "@unknown",
        "@skip(if: true, if: false)",
    ];

    private readonly Random _random = new(seed);
    private readonly Schema _schema = ValidationSchema.Schema;
    private readonly List<(string Name, string Type)> _variables = [];
    private readonly List<(string Name, NamedType? Type)> _fragments = [];
    private StringBuilder _text = new();
    private bool _noisy;
    private int _counter;

    public string Document()
    {
        var document = new StringBuilder();
        // Half the documents follow the schema; the others make mistakes now and then.
        _noisy = Chance(50);
        _fragments.Clear();
        _counter = 0;
        var operations = Chance(80) ? 1 : 2;
        for (var i = 0; i < operations; i++)
        {
            document.Append(Operation(i, anonymous: operations == 1 && Chance(30))).Append('\n');
        }
        if (Mistake(20))
        {
            _fragments.Add(("Unused", PickCompositeType()));
        }
        // Fragments are written once spread; writing one may spread more.
        for (var i = 0; i < _fragments.Count && i < 6; i++)
        {
            _text = new StringBuilder();
            var (name, type) = _fragments[i];
            _text.Append($"fragment {name} on {type?.Name ?? Pick(StrayTypeNames)}");
            MaybeDirective();
            SelectionSet(type, 2, inFragment: true);
            document.Append(_text).Append('\n');
        }
        return document.ToString();
    }

    private string Operation(int index, bool anonymous)
    {
        _text = new StringBuilder();
        _variables.Clear();
        var operation = _random.Next(10) switch
        {
            0 => OperationType.Mutation,
            1 => OperationType.Subscription,
            _ => OperationType.Query,
        };
        var root = _schema.GetRootType(operation) ?? _schema.QueryType;
        SelectionSet(root, 4, inFragment: false);
        var body = _text.ToString();
        var head = new StringBuilder();
        if (anonymous && operation == OperationType.Query && _variables.Count == 0)
        {
            return body;
        }
        head.Append(operation.ToString().ToLowerInvariant());
        if (!anonymous)
        {
            head.Append(" Op").Append(_noisy ? _random.Next(3) : index);
        }
        var definitions = _variables.DistinctBy(v => v.Name).ToList();
        if (Mistake(15))
        {
            definitions.Add(($"extra{_random.Next(2)}", Pick(VariableTypes)));
        }
        if (Mistake(10) && definitions.Count > 0)
        {
            definitions.RemoveAt(_random.Next(definitions.Count));
        }
        if (definitions.Count > 0)
        {
            head.Append('(')
                .AppendJoin(", ", definitions.Select(d => $"${d.Name}: {d.Type}"))
                .Append(')');
        }
        if (Chance(12))
        {
            head.Append(' ').Append(_noisy ? Pick(Directives) : "@onQuery");
        }
        return head.Append(body).ToString();
    }

    private void SelectionSet(NamedType? type, int depth, bool inFragment)
    {
        _text.Append(" {");
        var count =
            !_noisy && ReferenceEquals(type, _schema.SubscriptionType) ? 1 : _random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            _text.Append(' ');
            var roll = _random.Next(10);
            if (roll == 0 && _fragments.Count < 6 && (type is not null || _noisy))
            {
                if (Mistake(20) && _fragments.Count > 0)
                {
                    _text.Append($"...{_fragments[_random.Next(_fragments.Count)].Name}");
                }
                else if (Mistake(5))
                {
                    _text.Append("...Missing");
                }
                else
                {
                    var name = $"F{_fragments.Count}";
                    _fragments.Add((name, type));
                    _text.Append("...").Append(name);
                }
                MaybeDirective();
            }
            else if ((roll == 1 || type is UnionType) && depth > 0)
            {
                _text.Append("...");
                var condition = type;
                if (Chance(70) || type is UnionType)
                {
                    condition = RelatedType(type);
                    _text.Append(" on ").Append(condition?.Name ?? Pick(StrayTypeNames));
                }
                MaybeDirective();
                SelectionSet(condition, depth - 1, inFragment);
            }
            else
            {
                Field(type, depth, inFragment);
            }
        }
        _text.Append(" }");
    }

    private void Field(NamedType? parentType, int depth, bool inFragment)
    {
        var fields = (parentType as ObjectOrInterfaceType)?.Fields ?? [];
        var field =
            fields.Count > 0 && (!_noisy || Chance(90)) ? fields[_random.Next(fields.Count)] : null;
        // Followed, fields with arguments get their own response names, so that they never conflict.
        if (_noisy ? Chance(25) : field?.Arguments.Count > 0)
        {
            _text.Append(_noisy ? Pick(ResponseNames) : $"r{_counter++}").Append(": ");
        }
        var isSubscriptionRoot = ReferenceEquals(parentType, _schema.SubscriptionType);
        _text.Append(
            field?.Name
                ?? (
                    _noisy ? Pick(StrayFieldNames)
                    : isSubscriptionRoot ? "newMessage"
                    : "__typename"
                )
        );
        if (field is null && !_noisy)
        {
            if (isSubscriptionRoot)
            {
                _text.Append(" { body }");
            }
            return;
        }
        var arguments = new List<string>();
        foreach (var argument in field?.Arguments ?? [])
        {
            if (argument.IsRequired ? !Mistake(8) : Chance(35))
            {
                arguments.Add($"{argument.Name}: {Value(argument.Type, 3, inFragment)}");
            }
        }
        if (Mistake(5))
        {
            arguments.Add($"{Pick(StrayArgumentNames)}: {Value(null, 2, inFragment)}");
        }
        if (arguments.Count > 0)
        {
            _text.Append('(').AppendJoin(", ", arguments).Append(')');
        }
        MaybeDirective();
        var namedType = field?.Type.GetNamedType();
        var wantsSelection = namedType is null ? Chance(50) : namedType.IsCompositeType;
        if (Mistake(4))
        {
            wantsSelection = !wantsSelection;
        }
        if (wantsSelection)
        {
            if (depth > 0)
            {
                SelectionSet(namedType, depth - 1, inFragment);
            }
            else
            {
                _text.Append(" { __typename }");
            }
        }
    }

    private string Value(GraphQLType? type, int depth, bool inFragment)
    {
        if (!inFragment && type is not null && Chance(12))
        {
            var name = _noisy ? $"v{_random.Next(4)}" : $"v{_counter++}";
            // Followed, variables are non-null, which fits nullable positions and @oneOf fields too.
            _variables.Add(
                (
                    name,
                    !_noisy ? (type is NonNullType ? $"{type}" : $"{type}!")
                    : Chance(85) ? type.ToString()
                    : Pick(VariableTypes)
                )
            );
            return "$" + name;
        }
        if (type is null || Mistake(5))
        {
            return _random.Next(6) switch
            {
                0 => "1",
                1 => "\"text\"",
                2 => "SIT",
                3 => "null",
                4 => "[1, \"2\"]",
                _ => "{requiredField: true}",
            };
        }
        switch (type)
        {
            case NonNullType nonNull:
                return Mistake(4) ? "null" : Value(nonNull.OfType, depth, inFragment);
            case ListType list:
                if (Chance(40) || depth == 0)
                {
                    return Value(list.OfType, depth, inFragment);
                }
                var items = Enumerable
                    .Range(0, _random.Next(0, 3))
                    .Select(_ => Value(list.OfType, depth - 1, inFragment));
                return "[" + string.Join(", ", items) + "]";
            case InputObjectType input:
                if (depth == 0)
                {
                    return "{}";
                }
                var fields = input.IsOneOf
                    ? input.Fields.Where(_ => Chance(60)).Take(Mistake(15) ? 2 : 1)
                    : input.Fields.Where(f => f.IsRequired ? !Mistake(8) : Chance(30));
                if (input.IsOneOf && !_noisy && !fields.Any())
                {
                    fields = input.Fields.Take(1);
                }
                var written = fields
                    .Select(f => $"{f.Name}: {Value(f.Type, depth - 1, inFragment)}")
                    .ToList();
                if (Mistake(5))
                {
                    written.Add($"unknownField: 1");
                }
                return "{" + string.Join(", ", written) + "}";
            case EnumType enumType:
                return !Mistake(10)
                    ? enumType.Values[_random.Next(enumType.Values.Count)].Name
                    : "sit";
            case ScalarType scalar:
                return scalar.Name switch
                {
                    "Int" => !Mistake(5)
                        ? _random
                            .Next(-3, 100)
                            .ToString(System.Globalization.CultureInfo.InvariantCulture)
                        : "3000000000",
                    "Float" => Pick(["1.5", "2", "-0.25e2"]),
                    "String" => Pick(["\"s\"", "\"\"\"block\"\"\"", "\"\""]),
                    "Boolean" => Pick(["true", "false"]),
                    "ID" => Pick(["\"id\"", "4"]),
                    _ => Pick(["1", "\"any\"", "{a: [1, null]}", "ENUM"]),
                };
            default:
                return "1";
        }
    }

    private void MaybeDirective()
    {
        if (Chance(12))
        {
            _text
                .Append(' ')
                .Append(
                    _noisy ? Pick(Directives) : Pick(["@include(if: true)", "@skip(if: false)"])
                );
        }
    }

    private NamedType PickCompositeType()
    {
        var types = _schema
            .TypeMap.Values.Where(t =>
                t.IsCompositeType && !t.Name.StartsWith("__", StringComparison.Ordinal)
            )
            .ToList();
        return types[_random.Next(types.Count)];
    }

    // Usually a type the parent type may be (a possible type of an abstract type, or the type itself), sometimes any composite type.
    private NamedType? RelatedType(NamedType? type)
    {
        if (type is null || Mistake(15))
        {
            return Chance(80) ? PickCompositeType() : null;
        }
        if (type.IsAbstractType)
        {
            var possible = _schema.GetPossibleTypes(type);
            return possible.Count > 0 ? possible[_random.Next(possible.Count)] : type;
        }
        return type;
    }

    private bool Chance(int percent) => _random.Next(100) < percent;

    private bool Mistake(int percent) => _noisy && Chance(percent);

    private string Pick(string[] options) => options[_random.Next(options.Length)];
}
