using PartnershipGraph.Domain.Access;

namespace PartnershipGraph.Web.Access.ApiKeys;

/// <summary>What checking a presented key found: the key when it is usable, otherwise why not, in a sentence for the caller.</summary>
public sealed record ApiKeyVerification(ApiKey? Key, string? Problem)
{
    public static ApiKeyVerification Valid(ApiKey key) => new(key, null);

    public static ApiKeyVerification Refused(string problem) => new(null, problem);
}
