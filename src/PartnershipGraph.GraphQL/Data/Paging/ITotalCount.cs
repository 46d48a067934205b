namespace PartnershipGraph.GraphQL.Data.Paging;

/// <summary>A page whose <c>totalCount</c> is counted only when a client selects it.</summary>
internal interface ITotalCount
{
    Task<int> GetTotalCountAsync(CancellationToken cancellationToken);
}
