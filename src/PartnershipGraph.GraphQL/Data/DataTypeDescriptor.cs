using System.Linq.Expressions;
using System.Reflection;

namespace PartnershipGraph.GraphQL.Data;

/// <summary>Configures how the data layer sees one CLR type: its GraphQL name, its key and the properties it leaves out.</summary>
public sealed class DataTypeDescriptor<T>
{
    internal DataTypeDescriptor(DataTypeOptions options) => Options = options;

    internal DataTypeOptions Options { get; }

    /// <summary>Sets the GraphQL name the generated input types start with (<c>School</c> → <c>SchoolFilterInput</c>).</summary>
    /// <value>By default the CLR type's name.</value>
    public DataTypeDescriptor<T> Name(string name)
    {
        Options.Name = name;
        return this;
    }

    /// <summary>Sets the key: the last, tie-breaking sort of every sorted or paged query.</summary>
    /// <value>By default the property named <c>Id</c> or <c>&lt;TypeName&gt;Id</c>.</value>
    public DataTypeDescriptor<T> Key<TKey>(Expression<Func<T, TKey>> key)
    {
        Options.Key = MemberOf(key);
        return this;
    }

    /// <summary>Leaves a property out of filtering and sorting.</summary>
    public DataTypeDescriptor<T> Ignore<TMember>(Expression<Func<T, TMember>> member)
    {
        Options.Ignored.Add(MemberOf(member).Name);
        return this;
    }

    internal static PropertyInfo MemberOf(LambdaExpression lambda)
    {
        var body = lambda.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert
            ? convert.Operand
            : lambda.Body;
        return
            body is MemberExpression { Member: PropertyInfo property }
            && property.DeclaringType!.IsAssignableFrom(lambda.Parameters[0].Type)
            ? property
            : throw new ArgumentException(
                $"The expression {lambda} must read a property of its parameter.",
                nameof(lambda)
            );
    }
}
