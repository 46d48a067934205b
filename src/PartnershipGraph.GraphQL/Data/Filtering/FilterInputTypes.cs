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
        var fields = new List<(string Name, string Type)>
        {
            ("and", $"[{name}!]"),
            ("or", $"[{name}!]"),
        };
        foreach (var member in model.Members)
        {
            var memberType = member.Kind switch
            {
                DataMemberKind.Scalar => RegisterOperations(builder, state, member),
                DataMemberKind.Object => Register(builder, state, member.ValueType),
                _ => RegisterList(builder, state, member),
            };
            fields.Add((member.FieldName, memberType));
        }
        builder.InputObject(
            name,
            t =>
            {
                foreach (var (fieldName, fieldType) in fields)
                {
                    t.Field(fieldName, fieldType);
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
        var enumName = kind == ScalarKind.Enum ? state.EnsureEnum(member.ValueType) : null;
        var name = FilterOperations.InputName(kind, enumName);
        if (!state.Declare(name))
        {
            return name;
        }
        var scalar = enumName ?? FilterOperations.ScalarName(kind);
        builder.InputObject(
            name,
            t =>
            {
                if (kind == ScalarKind.String)
                {
                    t.Field("and", $"[{name}!]").Field("or", $"[{name}!]");
                }
                foreach (var (operation, _) in FilterOperations.For(kind))
                {
                    var type = operation switch
                    {
                        "in" or "nin" when enumName is not null => $"[{scalar}!]",
                        "in" or "nin" => $"[{scalar}]",
                        _ => scalar,
                    };
                    t.Field(operation, type);
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
                    t.Field("all", itemInput)
                        .Field("none", itemInput)
                        .Field("some", itemInput)
                        .Field("any", "Boolean")
            );
        }
        return name;
    }
}
