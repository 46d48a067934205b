namespace PartnershipGraph.Web.Services.Common;

/// <summary>An expected reason a service call did not succeed, with a message a user can read.</summary>
/// <param name="Message">What went wrong, in a full sentence.</param>
public abstract record ServiceError(string Message);
