using PartnershipGraph.GraphQL.Builder;

namespace PartnershipGraph.GraphQL.Data.Sorting;

/// <summary>Declares HotChocolate-shaped sort input types: <c>XSortInput</c> with a <c>SortEnumType</c> per leaf and a nested input per object.</summary>
internal static class SortInputTypes
{
    /// <summary>The name of the enum of directions.</summary>
    public const string SortEnumTypeName = "SortEnumType";

    /// <summary>Declares <c>XSortInput</c> for the type (and the nested inputs it uses) and returns its name.</summary>
    public static string Register(SchemaBuilder builder, DataSchemaState state, Type type)
    {
        if (state.Declare(SortEnumTypeName))
        {
            builder.Enum(
                SortEnumTypeName,
                e =>
                    e.Description("The direction in which a field sorts.")
                        .Value(
                            "ASC",
                            SortDirection.Ascending,
                            v => v.Description("Sorts from the smallest or earliest value up.")
                        )
                        .Value(
                            "DESC",
                            SortDirection.Descending,
                            v => v.Description("Sorts from the largest or latest value down.")
                        )
            );
        }
        var model = state.Conventions.Model(type);
        var name = model.Name + "SortInput";
        if (!state.Declare(name))
        {
            return name;
        }
        var fields = new List<(string Name, string Type, string Description)>();
        foreach (var member in model.Members)
        {
            switch (member.Kind)
            {
                case DataMemberKind.Scalar:
                    fields.Add(
                        (member.FieldName, SortEnumTypeName, $"Sorts by `{member.FieldName}`.")
                    );
                    break;
                case DataMemberKind.Object:
                    fields.Add(
                        (
                            member.FieldName,
                            Register(builder, state, member.ValueType),
                            $"Sorts by a field of `{member.FieldName}`."
                        )
                    );
                    break;
            }
        }
        builder.InputObject(
            name,
            t =>
            {
                t.Description(
                    $"Sorts {model.Name} by one of its fields: give one field in each item of the list, the first item deciding first."
                );
                foreach (var (fieldName, fieldType, description) in fields)
                {
                    t.Field(fieldName, fieldType, f => f.Description(description));
                }
            }
        );
        return name;
    }
}
