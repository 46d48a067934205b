using System.Linq.Expressions;
using System.Reflection;
using PartnershipGraph.GraphQL.Types;

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

    /// <summary>Limits which items of this type the data layer shows a caller: every collection field of the type and every
    /// list filter over it (<c>some</c>, <c>all</c>, <c>none</c>, <c>any</c>) sees only the items the predicate accepts.</summary>
    /// <remarks>The predicate is built for each request from its resolver context (to read the caller, say); return
    /// <see langword="null"/> to show everything. Where a collection is read in memory, an item whose predicate reads a
    /// navigation that was not loaded is hidden.</remarks>
    public DataTypeDescriptor<T> Readable(
        Func<IResolverContext, Expression<Func<T, bool>>?> predicate
    )
    {
        Options.Readable = predicate;
        return this;
    }

    /// <summary>Filters a member with the operations of another scalar (<c>eq</c>, <c>neq</c>, <c>in</c>, <c>nin</c>), converting each
    /// value to the member's type: for example an <c>id</c> filtered by the global IDs the API shows rather than by the stored key.</summary>
    /// <param name="member">The member.</param>
    /// <param name="scalarName">The GraphQL scalar of the values, such as <c>ID</c>; the input type is <c>IdOperationFilterInput</c>.</param>
    /// <param name="convert">Converts one value; throws <see cref="FormatException"/>, with a sentence saying what is wrong, for a value it cannot read.</param>
    public DataTypeDescriptor<T> FilterAs<TMember>(
        Expression<Func<T, TMember>> member,
        string scalarName,
        Func<object, TMember> convert
    )
    {
        Options.Conversions[MemberOf(member).Name] = new DataValueConversion(
            scalarName,
            value => convert(value)
        );
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
