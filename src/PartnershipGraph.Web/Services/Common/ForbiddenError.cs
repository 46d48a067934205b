namespace PartnershipGraph.Web.Services.Common;

/// <summary>The caller may not make this change.</summary>
public sealed record ForbiddenError(string Message) : ServiceError(Message);
