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
                e => e.Value("ASC", SortDirection.Ascending).Value("DESC", SortDirection.Descending)
            );
        }
        var model = state.Conventions.Model(type);
        var name = model.Name + "SortInput";
        if (!state.Declare(name))
        {
            return name;
        }
        var fields = new List<(string Name, string Type)>();
        foreach (var member in model.Members)
        {
            switch (member.Kind)
            {
                case DataMemberKind.Scalar:
                    fields.Add((member.FieldName, SortEnumTypeName));
                    break;
                case DataMemberKind.Object:
                    fields.Add((member.FieldName, Register(builder, state, member.ValueType)));
                    break;
            }
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
}
