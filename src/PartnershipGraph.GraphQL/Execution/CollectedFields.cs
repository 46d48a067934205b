namespace PartnershipGraph.GraphQL.Execution;

/// <summary>The result of CollectFields for one object type: the groups to execute, in order, and their response keys.</summary>
/// <remarks>Fields the type does not define are left out (validation reports them); the keys array is shared by every result map of these fields.</remarks>
internal sealed class CollectedFields
{
    public CollectedFields(List<FieldGroup> groups)
    {
        Groups = [.. groups.Where(g => g.Definition is not null || g.IsTypeName)];
        Keys = [.. Groups.Select(g => g.ResponseKey)];
    }

    /// <summary>The field groups, in response order.</summary>
    public FieldGroup[] Groups { get; }

    /// <summary>The response key of each group.</summary>
    public string[] Keys { get; }
}
