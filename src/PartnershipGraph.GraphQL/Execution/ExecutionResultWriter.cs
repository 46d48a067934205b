using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace PartnershipGraph.GraphQL.Execution;

/// <summary>Writes an <see cref="ExecutionResult"/> as a JSON response: <c>errors</c> (when any), <c>data</c> (when present), then <c>extensions</c>.</summary>
/// <remarks>
/// https://spec.graphql.org/October2021/#sec-Response-Format. The spec recommends <c>errors</c> first so that they are seen.
/// Each error is written as graphql-js's <c>toJSON</c> writes it: <c>message</c>, <c>locations</c>, <c>path</c>, <c>extensions</c>.
/// </remarks>
public static class ExecutionResultWriter
{
    /// <summary>Writes the result to a stream.</summary>
    public static async Task WriteAsync(
        Stream stream,
        ExecutionResult result,
        CancellationToken cancellationToken = default
    )
    {
        await using var writer = new Utf8JsonWriter(stream, WriterOptions);
        Write(writer, result);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the result to a buffer.</summary>
    public static void Write(IBufferWriter<byte> buffer, ExecutionResult result)
    {
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        Write(writer, result);
    }

    /// <summary>The result as a JSON string.</summary>
    public static string ToJson(ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(buffer, result);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the result with a writer the caller owns.</summary>
    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in result.Errors)
            {
                WriteError(writer, error);
            }
            writer.WriteEndArray();
        }
        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }
        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes one error object.</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var key in path)
            {
                if (key is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(key.ToString());
                }
            }
            writer.WriteEndArray();
        }
        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes a result value: maps, lists and the primitives scalars serialize to.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case string s:
                writer.WriteStringValue(s);
                return;
            case bool b:
                writer.WriteBooleanValue(b);
                return;
            case int i:
                writer.WriteNumberValue(i);
                return;
            case long l:
                writer.WriteNumberValue(l);
                return;
            case double d:
                WriteDouble(writer, d);
                return;
            case float f:
                WriteDouble(writer, f);
                return;
            case decimal m:
                writer.WriteNumberValue(m);
                return;
            case ResultMap map:
                writer.WriteStartObject();
                for (var index = 0; index < map.Count; index++)
                {
                    writer.WritePropertyName(map.KeyAt(index));
                    WriteValue(writer, map.ValueAt(index));
                }
                writer.WriteEndObject();
                return;
            case List<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }
                writer.WriteEndArray();
                return;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                writer.WriteStartObject();
                foreach (var (key, item) in pairs)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }
                writer.WriteEndObject();
                return;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(
                        Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? ""
                    );
                    WriteValue(writer, entry.Value);
                }
                writer.WriteEndObject();
                return;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }
                writer.WriteEndArray();
                return;
            case IConvertible convertible when Utilities.JsNumber.IsNumber(value):
                writer.WriteNumberValue(convertible.ToDecimal(CultureInfo.InvariantCulture));
                return;
            case JsonElement element:
                element.WriteTo(writer);
                return;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            // JSON.stringify writes non-finite numbers as null.
            writer.WriteNullValue();
        }
    }

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };
}
