namespace PartnershipGraph.GraphQL.Language.Visitor;

/// <summary>What a visitor asks the walk to do next.</summary>
public enum VisitorAction
{
    /// <summary>Go on: into the node's children after Enter, to the next node after Leave.</summary>
    Continue,

    /// <summary>Returned from Enter: do not visit the node's children, and do not call Leave for it.</summary>
    Skip,

    /// <summary>Stop the walk at once.</summary>
    Break,
}
