using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Web.Pages.Admin.Actions;

/// <summary>One row of the actions index.</summary>
public sealed class ActionRow
{
    public Guid Id { get; init; }

    public string Ref { get; init; } = "";

    public string Name { get; init; } = "";

    public string Plan { get; init; } = "";

    public int AreaNumber { get; init; }

    public string Area { get; init; } = "";

    public Rag Rag { get; init; }

    public DateOnly? Due { get; init; }

    public string? DueText { get; init; }
}
