using PartnershipGraph.Domain.Actions;

namespace PartnershipGraph.Web.Services.Actions;

/// <summary>The action after a status update, and the progress entry the update appended.</summary>
public sealed record ActionStatusUpdate(PlanAction Action, ActionUpdate Update);
