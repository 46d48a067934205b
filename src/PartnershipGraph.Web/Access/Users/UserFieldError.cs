namespace PartnershipGraph.Web.Access.Users;

/// <summary>Why a user change was refused, for the field named (<c>Email</c>, <c>Password</c>, <c>Role</c>, <c>PersonId</c>, <c>LocalAreaId</c>, <c>IsDisabled</c>) or for the whole form when empty.</summary>
public sealed record UserFieldError(string Field, string Message);
