using System.Buffers;
using PartnershipGraph.GraphQL.Execution;

namespace PartnershipGraph.GraphQL.Tests.Execution;

public class ExecutionResultWriterTests
{
    private static ResultMap Map(params (string Key, object? Value)[] entries)
    {
        var map = new ResultMap();
        foreach (var (key, value) in entries)
        {
            map.Add(key, value);
        }
        return map;
    }

    [Fact]
    public void Writes_data_in_field_order()
    {
        var result = new ExecutionResult
        {
            HasData = true,
            Data = Map(
                ("z", 1),
                ("a", Map(("y", "y"), ("b", new List<object?> { 1, null }))),
                ("m", null)
            ),
        };

        Assert.Equal(
            """{"data":{"z":1,"a":{"y":"y","b":[1,null]},"m":null}}""",
            ExecutionResultWriter.ToJson(result)
        );
    }

    [Fact]
    public void Writes_errors_before_data()
    {
        var result = new ExecutionResult
        {
            HasData = true,
            Data = Map(("a", null)),
            Errors = [new GraphQLError("Bad.", [new SourceLocation(1, 3)], ["a"])],
        };

        Assert.Equal(
            """{"errors":[{"message":"Bad.","locations":[{"line":1,"column":3}],"path":["a"]}],"data":{"a":null}}""",
            ExecutionResultWriter.ToJson(result)
        );
    }

    [Fact]
    public void Omits_data_for_request_errors()
    {
        var result = ExecutionResult.FromErrors([new GraphQLError("Must provide an operation.")]);

        Assert.Equal(
            """{"errors":[{"message":"Must provide an operation."}]}""",
            ExecutionResultWriter.ToJson(result)
        );
    }

    [Fact]
    public void Writes_null_data()
    {
        var result = new ExecutionResult { HasData = true, Errors = [new GraphQLError("x")] };

        Assert.Equal(
            """{"errors":[{"message":"x"}],"data":null}""",
            ExecutionResultWriter.ToJson(result)
        );
    }

    [Fact]
    public void Writes_list_indices_in_paths_as_numbers()
    {
        var result = ExecutionResult.FromErrors([
            new GraphQLError("x", path: ["plans", 0, "title"]),
        ]);

        Assert.Equal(
            """{"errors":[{"message":"x","path":["plans",0,"title"]}]}""",
            ExecutionResultWriter.ToJson(result)
        );
    }

    [Fact]
    public void Writes_error_extensions_and_result_extensions_last()
    {
        var result = new ExecutionResult
        {
            HasData = true,
            Data = Map(("a", 1)),
            Errors =
            [
                new GraphQLError(
                    "x",
                    extensions: new Dictionary<string, object?>
                    {
                        ["code"] = "FORBIDDEN",
                        ["limit"] = 3,
                    }
                ),
            ],
            Extensions = new Dictionary<string, object?> { ["cost"] = Map(("requested", 12)) },
        };

        Assert.Equal(
            """{"errors":[{"message":"x","extensions":{"code":"FORBIDDEN","limit":3}}],"data":{"a":1},"extensions":{"cost":{"requested":12}}}""",
            ExecutionResultWriter.ToJson(result)
        );
    }

    [Fact]
    public void Writes_numbers_as_javascript_does()
    {
        var result = new ExecutionResult
        {
            HasData = true,
            Data = Map(
                ("int", 1),
                ("long", 9007199254740991L),
                ("double", 1.5),
                ("whole", 3.0),
                ("decimal", 2.25m),
                ("nan", double.NaN),
                ("short", (short)7)
            ),
        };

        Assert.Equal(
            """{"data":{"int":1,"long":9007199254740991,"double":1.5,"whole":3,"decimal":2.25,"nan":null,"short":7}}""",
            ExecutionResultWriter.ToJson(result)
        );
    }

    [Fact]
    public void Escapes_strings_as_json_requires()
    {
        var result = new ExecutionResult { HasData = true, Data = Map(("s", "a\"b\\c\n\u0001é")) };

        Assert.Equal("""{"data":{"s":"a\"b\\c\n\u0001é"}}""", ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public async Task Writes_to_a_stream()
    {
        using var stream = new MemoryStream();

        await ExecutionResultWriter.WriteAsync(
            stream,
            new ExecutionResult { HasData = true, Data = Map(("a", true)) }
        );

        Assert.Equal(
            """{"data":{"a":true}}""",
            System.Text.Encoding.UTF8.GetString(stream.ToArray())
        );
    }

    [Fact]
    public void Writes_to_a_buffer_writer()
    {
        var buffer = new ArrayBufferWriter<byte>();

        ExecutionResultWriter.Write(
            buffer,
            new ExecutionResult { HasData = true, Data = Map(("a", "b")) }
        );

        Assert.Equal(
            """{"data":{"a":"b"}}""",
            System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan)
        );
    }

    [Fact]
    public void Writes_dictionaries_and_arrays_in_extensions()
    {
        var result = new ExecutionResult
        {
            HasData = false,
            Errors =
            [
                new GraphQLError(
                    "x",
                    extensions: new Dictionary<string, object?> { ["fields"] = new[] { "a", "b" } }
                ),
            ],
        };

        Assert.Equal(
            """{"errors":[{"message":"x","extensions":{"fields":["a","b"]}}]}""",
            ExecutionResultWriter.ToJson(result)
        );
    }
}
