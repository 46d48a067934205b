using PartnershipGraph.GraphQL.Builder;

namespace PartnershipGraph.GraphQL.Data.Filtering;

/// <summary>Declares HotChocolate-shaped filter input types for a CLR type: <c>XFilterInput</c>, the operation inputs and the list inputs it uses.</summary>
internal static class FilterInputTypes
{
    /// <summary>Declares <c>XFilterInput</c> for the type (and everything it refers to) and returns its name.</summary>
    public static string Register(SchemaBuilder builder, DataSchemaState state, Type type)
    {
        var model = state.Conventions.Model(type);
        var name = model.Name + "FilterInput";
        if (!state.Declare(name))
        {
            return name;
        }
        var fields = new List<(string Name, string Type, string Description)>
        {
            ("and", $"[{name}!]", FilterDescriptions.Combination("and", model.Name)),
            ("or", $"[{name}!]", FilterDescriptions.Combination("or", model.Name)),
        };
        foreach (var member in model.Members)
        {
            var memberType = member.Kind switch
            {
                DataMemberKind.Scalar => RegisterOperations(builder, state, member),
                DataMemberKind.Object => Register(builder, state, member.ValueType),
                _ => RegisterList(builder, state, member),
            };
            fields.Add((member.FieldName, memberType, FilterDescriptions.Member(member)));
        }
        builder.InputObject(
            name,
            t =>
            {
                t.Description(FilterDescriptions.Object(model.Name));
                foreach (var (fieldName, fieldType, description) in fields)
                {
                    t.Field(fieldName, fieldType, f => f.Description(description));
                }
            }
        );
        return name;
    }

    private static string RegisterOperations(
        SchemaBuilder builder,
        DataSchemaState state,
        DataMember member
    )
    {
        var kind = member.Scalar!.Value;
        var conversion = member.Conversion;
        var enumName =
            kind == ScalarKind.Enum && conversion is null
                ? state.EnsureEnum(member.ValueType)
                : null;
        var name = conversion is null
            ? FilterOperations.InputName(kind, enumName)
            : FilterOperations.InputName(conversion.ScalarName);
        if (!state.Declare(name))
        {
            return name;
        }
        var scalar = conversion?.ScalarName ?? enumName ?? FilterOperations.ScalarName(kind);
        var operations = conversion is null
            ? FilterOperations.For(kind)
            : FilterOperations.Converted;
        builder.InputObject(
            name,
            t =>
            {
                t.Description(FilterDescriptions.OperationInput(scalar));
                if (kind == ScalarKind.String && conversion is null)
                {
                    t.Field(
                            "and",
                            $"[{name}!]",
                            f => f.Description(FilterDescriptions.Operation("and"))
                        )
                        .Field(
                            "or",
                            $"[{name}!]",
                            f => f.Description(FilterDescriptions.Operation("or"))
                        );
                }
                foreach (var (operation, _) in operations)
                {
                    var type = operation switch
                    {
                        "in" or "nin" when enumName is not null => $"[{scalar}!]",
                        "in" or "nin" => $"[{scalar}]",
                        _ => scalar,
                    };
                    t.Field(
                        operation,
                        type,
                        f => f.Description(FilterDescriptions.Operation(operation))
                    );
                }
            }
        );
        return name;
    }

    private static string RegisterList(
        SchemaBuilder builder,
        DataSchemaState state,
        DataMember member
    )
    {
        var itemInput = member.Scalar is null
            ? Register(builder, state, member.ValueType)
            : RegisterOperations(builder, state, member);
        var name = member.Scalar is null ? $"ListFilterInputTypeOf{itemInput}" : $"List{itemInput}";
        if (state.Declare(name))
        {
            builder.InputObject(
                name,
                t =>
                    t.Description(FilterDescriptions.List(itemInput))
                        .Field(
                            "all",
                            itemInput,
                            f => f.Description(FilterDescriptions.Operation("all"))
                        )
                        .Field(
                            "none",
                            itemInput,
                            f => f.Description(FilterDescriptions.Operation("none"))
                        )
                        .Field(
                            "some",
                            itemInput,
                            f => f.Description(FilterDescriptions.Operation("some"))
                        )
                        .Field(
                            "any",
                            "Boolean",
                            f => f.Description(FilterDescriptions.Operation("any"))
                        )
            );
        }
        return name;
    }
}
