using System.Linq.Expressions;
using System.Reflection;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Data;

/// <summary>What <see cref="DataTypeDescriptor{T}"/> configured for one CLR type.</summary>
internal sealed class DataTypeOptions
{
    public string? Name { get; set; }

    public PropertyInfo? Key { get; set; }

    public HashSet<string> Ignored { get; } = new(StringComparer.Ordinal);

    public Func<IResolverContext, LambdaExpression?>? Readable { get; set; }

    public Dictionary<string, DataValueConversion> Conversions { get; } =
        new(StringComparer.Ordinal);
}
