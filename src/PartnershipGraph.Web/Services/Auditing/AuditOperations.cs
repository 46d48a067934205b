namespace PartnershipGraph.Web.Services.Auditing;

/// <summary>The operation names audit entries record.</summary>
public static class AuditOperations
{
    /// <summary>A record was created.</summary>
    public const string Created = "Created";

    /// <summary>A record's values were replaced.</summary>
    public const string Updated = "Updated";

    /// <summary>A record was deleted.</summary>
    public const string Deleted = "Deleted";

    /// <summary>An action's progress update was appended.</summary>
    public const string StatusUpdated = "StatusUpdated";

    /// <summary>A KPI actual was appended.</summary>
    public const string ActualRecorded = "ActualRecorded";

    /// <summary>A plan area was stepped down.</summary>
    public const string SteppedDown = "SteppedDown";
}
