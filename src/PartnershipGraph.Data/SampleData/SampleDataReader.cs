using System.Text.Json;

namespace PartnershipGraph.Data.SampleData;

/// <summary>Reads one sample file strictly: a missing required member or a null where none is allowed is an error with its JSON path.</summary>
internal static class SampleDataReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static T Read<T>(Func<string, Stream> open, string fileName)
    {
        try
        {
            using var stream = open(fileName);
            return JsonSerializer.Deserialize<T>(stream, Options)
                ?? throw new SampleDataException(fileName, "$", "the file holds null.");
        }
        catch (JsonException error)
        {
            throw new SampleDataException(fileName, error.Path, error.Message, error);
        }
    }
}
