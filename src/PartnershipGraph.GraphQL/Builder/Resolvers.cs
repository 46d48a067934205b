using System.Runtime.CompilerServices;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Builder;

/// <summary>Adapts plain delegates to <see cref="FieldResolver"/> and <see cref="SubscriptionResolver"/>.</summary>
internal static class Resolvers
{
    /// <summary>A resolver that calls the function and awaits the result when it is a task.</summary>
    public static FieldResolver FromFunc(Func<IResolverContext, object?> resolver) =>
        context =>
        {
            var result = resolver(context);
            return result switch
            {
                Task task => AwaitAsync(task),
                ValueTask<object?> valueTask => valueTask,
                _ => new ValueTask<object?>(result),
            };
        };

    private static async ValueTask<object?> AwaitAsync(Task task)
    {
        await task.ConfigureAwait(false);
        var type = task.GetType();
        return
            type.IsGenericType
            && type.GetGenericArguments()[0].Name != "VoidTaskResult"
            && type.GetProperty("Result") is { } result
            ? result.GetValue(task)
            : null;
    }

    public static async IAsyncEnumerable<object?> Box<T>(
        IAsyncEnumerable<T> source,
        [EnumeratorCancellation] CancellationToken cancellationToken = default
    )
    {
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
