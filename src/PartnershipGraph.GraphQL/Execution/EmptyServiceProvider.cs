namespace PartnershipGraph.GraphQL.Execution;

/// <summary>A service provider without services, for requests that bring none.</summary>
internal sealed class EmptyServiceProvider : IServiceProvider
{
    public static EmptyServiceProvider Instance { get; } = new();

    public object? GetService(Type serviceType) => null;
}
