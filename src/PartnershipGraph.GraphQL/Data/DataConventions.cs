using System.Collections.Concurrent;
using System.Linq.Expressions;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Data;

/// <summary>The settings the data layer (filtering, sorting, paging, projection) shares across a schema.</summary>
/// <remarks>Configure before declaring data fields; one instance belongs to one <see cref="Builder.SchemaBuilder"/>.</remarks>
public sealed class DataConventions
{
    private readonly ConcurrentDictionary<Type, DataTypeOptions> _types = new();
    private readonly ConcurrentDictionary<Type, DataTypeModel> _models = new();

    /// <summary>The page size when a paged field is given neither <c>first</c> nor <c>last</c> (or <c>take</c>).</summary>
    /// <value>10.</value>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The largest page a client may ask for.</summary>
    /// <value>50.</value>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>The executor used when the request's services have no <see cref="IQueryableExecutor"/>.</summary>
    /// <value><see cref="SynchronousQueryableExecutor.Instance"/>.</value>
    public IQueryableExecutor Executor { get; set; } = SynchronousQueryableExecutor.Instance;

    /// <summary>Configures how the data layer sees <typeparamref name="T"/>.</summary>
    public DataConventions Type<T>(Action<DataTypeDescriptor<T>> configure)
    {
        configure(new DataTypeDescriptor<T>(_types.GetOrAdd(typeof(T), _ => new())));
        _models.Clear();
        return this;
    }

    /// <summary>The GraphQL name of a CLR type or enum.</summary>
    internal string NameOf(Type type) =>
        _types.TryGetValue(type, out var options) && options.Name is { } name ? name : type.Name;

    /// <summary>The predicate of the items of <paramref name="type"/> the caller may see, or <see langword="null"/> for all.</summary>
    internal LambdaExpression? ReadableOf(Type type, IResolverContext? context) =>
        context is not null
        && _types.TryGetValue(type, out var options)
        && options.Readable is { } readable
            ? readable(context)
            : null;

    internal DataTypeModel Model(Type type) =>
        _models.GetOrAdd(type, t => DataTypeModel.Create(t, this, _types.GetValueOrDefault(t)));
}
