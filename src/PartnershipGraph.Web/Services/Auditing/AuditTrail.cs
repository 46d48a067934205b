using System.Text.Json;
using System.Text.Json.Serialization;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Auditing;

namespace PartnershipGraph.Web.Services.Auditing;

/// <summary>Builds the audit entries the services append in the same save as the change they describe.</summary>
public sealed class AuditTrail(TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>An entry for <paramref name="operation"/> by <paramref name="actor"/>, stamped with the current time.</summary>
    public AuditEntry Entry(
        Actor actor,
        string entityType,
        Guid entityId,
        string operation,
        AuditSnapshot? before,
        AuditSnapshot? after
    )
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new AuditEntry
        {
            At = time.GetUtcNow(),
            Actor = actor.Name,
            EntityType = entityType,
            EntityId = entityId,
            Operation = operation,
            Before = before is null ? null : JsonSerializer.Serialize(before.Values, Json),
            After = after is null ? null : JsonSerializer.Serialize(after.Values, Json),
        };
    }
}
