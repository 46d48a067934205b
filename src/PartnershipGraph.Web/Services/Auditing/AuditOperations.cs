namespace PartnershipGraph.Web.Services.Auditing;

/// <summary>The operation names audit entries record.</summary>
public static class AuditOperations
{
    public const string Created = "Created";
    public const string Updated = "Updated";
    public const string Deleted = "Deleted";
    public const string StatusUpdated = "StatusUpdated";
    public const string ActualRecorded = "ActualRecorded";
    public const string SteppedDown = "SteppedDown";
}
