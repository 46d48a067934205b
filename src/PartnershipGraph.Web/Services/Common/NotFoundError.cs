namespace PartnershipGraph.Web.Services.Common;

/// <summary>The record does not exist, or is outside the caller's local area.</summary>
/// <param name="EntityType">The kind of record, e.g. "Action".</param>
/// <param name="Id">The key that was asked for.</param>
public sealed record NotFoundError(string EntityType, Guid Id)
    : ServiceError($"No {EntityType} with id {Id} exists.");
