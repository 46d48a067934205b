using PartnershipGraph.Domain.Access;

namespace PartnershipGraph.Web.Access.ApiKeys;

/// <summary>A key just created: the stored record and the key itself, which is never available again.</summary>
public sealed record CreatedApiKey(ApiKey Record, string Secret);
