using System.Buffers;

namespace PartnershipGraph.GraphQL.Http;

/// <summary>The GraphQL requests read from one HTTP request, and the buffers their JSON values live in until it is answered.</summary>
internal sealed class ParsedRequests : IDisposable
{
    private readonly List<IDisposable> _documents = [];
    private byte[]? _rentedBody;

    /// <summary>The requests, in the order they were sent.</summary>
    public List<GraphQLHttpRequest> Requests { get; } = [];

    /// <summary>Whether the body was a JSON array, to be answered with an array of results.</summary>
    public bool IsBatch { get; set; }

    /// <summary>Keeps a JSON document alive until the requests are answered.</summary>
    public T Own<T>(T document)
        where T : IDisposable
    {
        _documents.Add(document);
        return document;
    }

    /// <summary>Keeps a pooled body buffer until the requests are answered.</summary>
    public void OwnRentedBody(byte[] body) => _rentedBody = body;

    public void Dispose()
    {
        foreach (var document in _documents)
        {
            document.Dispose();
        }
        _documents.Clear();
        if (_rentedBody is not null)
        {
            ArrayPool<byte>.Shared.Return(_rentedBody);
            _rentedBody = null;
        }
    }
}
