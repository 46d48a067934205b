namespace PartnershipGraph.Web.Access.ApiKeys;

/// <summary>A request to create or revoke a key that cannot be carried out; the message says why, for the person who asked.</summary>
public sealed class ApiKeyRequestException(string message) : Exception(message);
