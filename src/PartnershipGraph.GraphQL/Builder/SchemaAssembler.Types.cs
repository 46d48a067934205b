using PartnershipGraph.GraphQL.Coercion;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Builder;

internal sealed partial class SchemaAssembler
{
    private NamedType CreateShell(object declaration) =>
        declaration switch
        {
            ObjectTypeBuilder o => new ObjectType(o.Name, o.DescriptionText)
            {
                AppliedDirectives = o.Directives,
                AstNode = o.AstNode,
                IsBuiltIn = _builtIn,
                IsTypeOf = o.IsTypeOfPredicate,
                RuntimeType = o.RuntimeType,
            },
            InterfaceTypeBuilder i => new InterfaceType(i.Name, i.DescriptionText)
            {
                AppliedDirectives = i.Directives,
                AstNode = i.AstNode,
                IsBuiltIn = _builtIn,
                ResolveType = i.TypeResolver,
            },
            UnionTypeBuilder u => new UnionType(u.Name, u.DescriptionText)
            {
                AppliedDirectives = u.Directives,
                AstNode = u.AstNode,
                IsBuiltIn = _builtIn,
                ResolveType = u.TypeResolver,
            },
            EnumTypeBuilder e => new EnumType(e.Name, e.DescriptionText)
            {
                AppliedDirectives = e.Directives,
                AstNode = e.AstNode,
                IsBuiltIn = _builtIn,
            },
            InputObjectTypeBuilder io => new InputObjectType(io.Name, io.DescriptionText)
            {
                AppliedDirectives = io.Directives,
                AstNode = io.AstNode,
                IsBuiltIn = _builtIn,
                IsOneOf = io.IsOneOf,
            },
            ScalarTypeBuilder s => new DelegateScalarType(
                s.Name,
                s.DescriptionText,
                s.SpecifiedByUrl,
                s.Serializer,
                s.ValueParser,
                s.LiteralParser
            )
            {
                AppliedDirectives = s.Directives,
                AstNode = s.AstNode,
                IsBuiltIn = _builtIn,
            },
            ScalarType scalar => scalar,
            _ => throw new ArgumentOutOfRangeException(nameof(declaration)),
        };

    private void Complete(object declaration)
    {
        switch (declaration)
        {
            case ObjectTypeBuilder o:
                CompleteComplex((ObjectOrInterfaceType)_types[o.Name], o.Fields, o.InterfaceNames);
                break;
            case InterfaceTypeBuilder i:
                CompleteComplex((ObjectOrInterfaceType)_types[i.Name], i.Fields, i.InterfaceNames);
                break;
            case UnionTypeBuilder u:
                CompleteUnion((UnionType)_types[u.Name], u);
                break;
            case EnumTypeBuilder e:
                ((EnumType)_types[e.Name]).Values = e
                    .Values.Select(v => new EnumValueDefinition(v.Name, v.Value, v.DescriptionText)
                    {
                        DeprecationReason = v.DeprecationReason,
                        AppliedDirectives = v.Directives,
                        AstNode = v.AstNode,
                    })
                    .ToList();
                break;
            case InputObjectTypeBuilder io:
                ((InputObjectType)_types[io.Name]).Fields = io
                    .Fields.Select(f => BuildInputValue(f, $"{io.Name}.{f.Name}"))
                    .ToList();
                break;
        }
    }

    private void CompleteComplex(
        ObjectOrInterfaceType type,
        List<FieldBuilder> fields,
        List<string> interfaceNames
    )
    {
        var interfaces = new List<InterfaceType>();
        foreach (var name in interfaceNames)
        {
            switch (LookupNamedType(name))
            {
                case null:
                    Error($"Unknown type \"{name}\" implemented by \"{type.Name}\".");
                    break;
                case InterfaceType iface:
                    interfaces.Add(iface);
                    break;
                case var other:
                    Error(
                        $"Type {type.Name} must only implement Interface types, it cannot implement {other.Name}."
                    );
                    break;
            }
        }
        type.Interfaces = interfaces;
        var definitions = new List<FieldDefinition>();
        foreach (var field in fields)
        {
            var coordinate = $"{type.Name}.{field.Name}";
            if (definitions.Exists(d => d.Name == field.Name))
            {
                Error($"Field \"{coordinate}\" can only be defined once.");
                continue;
            }
            var fieldType = field.TypeAst is { } fieldTypeAst
                ? ResolveTypeNode(fieldTypeAst, coordinate)
                : ResolveTypeReference(field.TypeText, coordinate);
            var arguments = BuildArguments(field.Arguments, coordinate);
            if (fieldType is null)
            {
                continue;
            }
            var definition = new FieldDefinition(field.Name, fieldType, field.DescriptionText)
            {
                Arguments = arguments,
                Resolver = field.Resolver,
                Subscriber = field.Subscriber,
                DeprecationReason = field.DeprecationReason,
                AppliedDirectives = field.Directives,
                AstNode = field.AstNode,
            };
            foreach (var (key, value) in field.Metadata)
            {
                definition.Metadata[key] = value;
            }
            definitions.Add(definition);
        }
        type.Fields = definitions;
    }

    private void CompleteUnion(UnionType union, UnionTypeBuilder declaration)
    {
        var members = new List<ObjectType>();
        foreach (var name in declaration.MemberNames)
        {
            switch (LookupNamedType(name))
            {
                case null:
                    Error($"Unknown type \"{name}\" in union \"{union.Name}\".");
                    break;
                case ObjectType obj:
                    members.Add(obj);
                    break;
                case var other:
                    Error(
                        $"Union type {union.Name} can only include Object types, it cannot include {other.Name}."
                    );
                    break;
            }
        }
        union.Types = members;
    }

    private List<InputValueDefinition> BuildArguments(
        List<InputValueBuilder> arguments,
        string owner
    )
    {
        var definitions = new List<InputValueDefinition>();
        foreach (var argument in arguments)
        {
            if (definitions.Exists(d => d.Name == argument.Name))
            {
                Error($"Argument \"{owner}({argument.Name}:)\" can only be defined once.");
                continue;
            }
            if (BuildInputValue(argument, $"{owner}({argument.Name}:)") is { } definition)
            {
                definitions.Add(definition);
            }
        }
        return definitions;
    }

    private InputValueDefinition BuildInputValue(InputValueBuilder value, string coordinate)
    {
        var type =
            ResolveTypeReference(value.TypeText, coordinate) ?? Scalars.BuiltInScalars.String;
        var definition = new InputValueDefinition(value.Name, type, value.DescriptionText)
        {
            DeprecationReason = value.DeprecationReason,
            AppliedDirectives = value.Directives,
            AstNode = value.AstNode,
        };
        if (value.DefaultLiteral is not null)
        {
            definition.DefaultValue = value.DefaultLiteral;
        }
        else if (value.HasDefault)
        {
            _pendingDefaults.Add((definition, value.DefaultClrValue, coordinate));
        }
        return definition;
    }

    private readonly List<(
        InputValueDefinition Definition,
        object? Value,
        string Coordinate
    )> _pendingDefaults = [];

    /// <summary>Converts CLR default values to literals once every input type is complete.</summary>
    private void ConvertPendingDefaults()
    {
        foreach (var (definition, value, coordinate) in _pendingDefaults)
        {
            try
            {
                definition.DefaultValue =
                    AstFromValue.Convert(value, definition.Type)
                    ?? throw new GraphQLError("the value cannot be represented in its type");
            }
            catch (GraphQLError error)
            {
                Error($"Invalid default value for \"{coordinate}\": {error.Message}");
            }
        }
    }

    private GraphQLType? ResolveTypeReference(string text, string coordinate)
    {
        var node = TypeReference.Parse(text);
        if (node is null)
        {
            Error($"Invalid type reference \"{text}\" in \"{coordinate}\".");
            return null;
        }
        return ResolveTypeNode(node, coordinate);
    }

    private GraphQLType? ResolveTypeNode(TypeNode node, string coordinate)
    {
        switch (node)
        {
            case NamedTypeNode named:
                var type = LookupNamedType(named.Name.Value);
                if (type is null)
                {
                    Error($"Unknown type \"{named.Name.Value}\" in \"{coordinate}\".", named);
                }
                return type;
            case ListTypeNode list:
                return ResolveTypeNode(list.Type, coordinate) is { } item
                    ? new ListType(item)
                    : null;
            case NonNullTypeNode nonNull:
                return ResolveTypeNode(nonNull.Type, coordinate) is { } inner
                    ? new NonNullType(inner)
                    : null;
            default:
                return null;
        }
    }
}
