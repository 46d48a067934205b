using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Execution;

/// <summary>Builds a test schema from SDL with <see cref="SchemaBuilder"/>, every field using one resolver and abstract types resolved by <c>__typename</c>.</summary>
internal static class SdlSchema
{
    public static Schema Build(string sdl, FieldResolver resolver)
    {
        var builder = new SchemaBuilder();
        foreach (var definition in Parser.Parse(sdl).Definitions)
        {
            switch (definition)
            {
                case ObjectTypeDefinitionNode obj:
                    builder.Object(
                        obj.Name.Value,
                        t =>
                        {
                            t.Implements([.. obj.Interfaces.Select(i => i.Name.Value)]);
                            AddFields(obj.Fields, t.Field, resolver);
                        }
                    );
                    break;
                case InterfaceTypeDefinitionNode iface:
                    builder.Interface(
                        iface.Name.Value,
                        t =>
                        {
                            t.Implements([.. iface.Interfaces.Select(i => i.Name.Value)]);
                            t.ResolveType(TypeName);
                            AddFields(iface.Fields, t.Field, resolver);
                        }
                    );
                    break;
                case UnionTypeDefinitionNode union:
                    builder.Union(
                        union.Name.Value,
                        u =>
                            u.Types([.. union.Types.Select(t => t.Name.Value)])
                                .ResolveType(TypeName)
                    );
                    break;
                case EnumTypeDefinitionNode enumType:
                    builder.Enum(
                        enumType.Name.Value,
                        e =>
                        {
                            foreach (var value in enumType.Values)
                            {
                                e.Value(value.Name.Value);
                            }
                        }
                    );
                    break;
                case InputObjectTypeDefinitionNode input:
                    builder.InputObject(
                        input.Name.Value,
                        i =>
                        {
                            if (input.Directives.Any(d => d.Name.Value == "oneOf"))
                            {
                                i.OneOf();
                            }
                            foreach (var field in input.Fields)
                            {
                                i.Field(
                                    field.Name.Value,
                                    Printer.Print(field.Type),
                                    f => Default(f, field)
                                );
                            }
                        }
                    );
                    break;
                case ScalarTypeDefinitionNode scalar:
                    builder.Scalar(scalar.Name.Value);
                    break;
            }
        }
        return builder.Build();
    }

    private static void AddFields(
        IReadOnlyList<FieldDefinitionNode> fields,
        Func<string, string, FieldBuilder> add,
        FieldResolver resolver
    )
    {
        foreach (var field in fields)
        {
            var built = add(field.Name.Value, Printer.Print(field.Type)).Resolve(resolver);
            foreach (var argument in field.Arguments)
            {
                built.Argument(
                    argument.Name.Value,
                    Printer.Print(argument.Type),
                    a => Default(a, argument)
                );
            }
        }
    }

    private static void Default(InputValueBuilder builder, InputValueDefinitionNode node)
    {
        if (node.DefaultValue is { } literal)
        {
            builder.DefaultValueLiteral(literal);
        }
    }

    private static string? TypeName(object value, IResolverContext context, IAbstractType type) =>
        value is IReadOnlyDictionary<string, object?> map
            ? map.GetValueOrDefault("__typename") as string
            : null;
}
