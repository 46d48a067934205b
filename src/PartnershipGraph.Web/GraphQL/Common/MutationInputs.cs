using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.GraphQL.Common;

/// <summary>Reads the global IDs of mutation inputs, turning bad ones into the payload errors the schema promises.</summary>
public static class MutationInputs
{
    /// <summary>The key of <paramref name="value"/>, a global ID of <paramref name="typeName"/> given as <c>input.{field}</c>:
    /// a malformed ID is a <see cref="ValidationError"/> naming the field, an ID of another type a <see cref="NotFoundError"/>.</summary>
    public static ServiceResult<Guid> DecodeId(string? value, string typeName, string field)
    {
        if (!GlobalId.TryDecode(value, out var type, out var id))
        {
            return ValidationError.OnInput(field, $"The {field} is not a valid global ID.");
        }
        return type == typeName ? id : new NotFoundError(typeName, id);
    }
}
