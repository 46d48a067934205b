using System.Reflection;
using System.Runtime.CompilerServices;
using PartnershipGraph.GraphQL.Builder;

namespace PartnershipGraph.GraphQL.Data;

/// <summary>What the data layer keeps per <see cref="SchemaBuilder"/>: its conventions and the generated types already declared.</summary>
internal sealed class DataSchemaState
{
    private static readonly ConditionalWeakTable<SchemaBuilder, DataSchemaState> States = new();

    private static readonly MethodInfo EnumMethod = typeof(SchemaBuilder)
        .GetMethods()
        .Single(m => m.Name == nameof(SchemaBuilder.Enum) && m.IsGenericMethodDefinition);

    private readonly SchemaBuilder _builder;
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);

    private DataSchemaState(SchemaBuilder builder) => _builder = builder;

    public DataConventions Conventions { get; } = new();

    public static DataSchemaState Of(SchemaBuilder builder) =>
        States.GetValue(builder, b => new DataSchemaState(b));

    /// <summary>Declares a generated type once: <see langword="true"/> the first time a name is seen.</summary>
    public bool Declare(string name) => _declared.Add(name);

    /// <summary>The GraphQL name of a CLR enum, declaring the enum (SCREAMING_CASE values) unless the schema already has a type of that name.</summary>
    public string EnsureEnum(Type enumType)
    {
        var name = Conventions.NameOf(enumType);
        if (!_builder.Types.Any(t => t is EnumTypeBuilder e && e.Name == name) && Declare(name))
        {
            EnumMethod.MakeGenericMethod(enumType).Invoke(_builder, [name, null]);
        }
        return name;
    }
}
