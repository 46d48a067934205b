using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Actions;

/// <summary>One entry in an action's append-only progress history.</summary>
public sealed class ActionUpdate : Entity
{
    /// <summary>The action.</summary>
    public Guid ActionId { get; set; }

    /// <summary>When the update was made or reported.</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The RAG the officer gave.</summary>
    public Rag Rag { get; set; }

    /// <summary>The RAG as the paper wrote it, e.g. "Not met".</summary>
    public string? RagAsWritten { get; set; }

    /// <summary>True when the RAG was inferred (e.g. from the narrative's first words) rather than stated.</summary>
    public bool IsRagInferred { get; set; }

    /// <summary>The progress narrative.</summary>
    public string? Narrative { get; set; }

    /// <summary>The person who made the update, if known.</summary>
    public Guid? AuthorPersonId { get; set; }

    /// <summary>The name of whoever made the update: a user name or the paper it was imported from.</summary>
    public string? AuthorName { get; set; }
}
