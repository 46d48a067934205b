using PartnershipGraph.GraphQL.Execution;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Tests.Execution;

public class DocumentCacheTests
{
    private int _parses;
    private int _validations;

    private DocumentNode Parse(string source)
    {
        Interlocked.Increment(ref _parses);
        return Parser.Parse(source);
    }

    private IReadOnlyList<GraphQLError> Validate(DocumentNode document)
    {
        Interlocked.Increment(ref _validations);
        return [];
    }

    [Fact]
    public void Parses_and_validates_a_repeated_query_once()
    {
        var cache = new DocumentCache();

        var first = cache.GetOrAdd("{ plans { title } }", Parse, Validate);
        var second = cache.GetOrAdd("{ plans { title } }", Parse, Validate);

        Assert.Same(first, second);
        Assert.Equal((1, 1), (_parses, _validations));
        Assert.Equal((1L, 1L), (cache.Hits, cache.Misses));
    }

    [Fact]
    public void Keeps_the_validation_errors_with_the_document()
    {
        var cache = new DocumentCache();
        IReadOnlyList<GraphQLError> Invalid(DocumentNode _) =>
            [new GraphQLError("Cannot query field.")];

        cache.GetOrAdd("{ nope }", Parse, Invalid);
        var cached = cache.GetOrAdd("{ nope }", Parse, Invalid);

        Assert.False(cached.IsValid);
        Assert.Equal("Cannot query field.", Assert.Single(cached.ValidationErrors).Message);
        Assert.Equal(1, _parses);
    }

    [Fact]
    public void Evicts_the_least_recently_used_document()
    {
        var cache = new DocumentCache(capacity: 2);
        cache.GetOrAdd("{ a }", Parse, Validate);
        cache.GetOrAdd("{ b }", Parse, Validate);
        cache.GetOrAdd("{ a }", Parse, Validate);

        cache.GetOrAdd("{ c }", Parse, Validate);

        Assert.True(cache.TryGet("{ a }", out _));
        Assert.False(cache.TryGet("{ b }", out _));
        Assert.True(cache.TryGet("{ c }", out _));
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void Distinguishes_documents_that_differ_only_in_white_space()
    {
        var cache = new DocumentCache();

        cache.GetOrAdd("{ a }", Parse, Validate);
        cache.GetOrAdd("{a}", Parse, Validate);

        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void Does_not_keep_documents_that_fail_to_parse()
    {
        var cache = new DocumentCache();

        Assert.Throws<GraphQLError>(() => cache.GetOrAdd("{ a", Parse, Validate));
        Assert.Throws<GraphQLError>(() => cache.GetOrAdd("{ a", Parse, Validate));

        Assert.Equal(0, cache.Count);
        Assert.Equal(2, _parses);
    }

    [Fact]
    public void Serves_concurrent_requests()
    {
        var cache = new DocumentCache(capacity: 8);
        var queries = Enumerable.Range(0, 16).Select(i => $"{{ f{i} }}").ToArray();

        Parallel.For(0, 2000, i => cache.GetOrAdd(queries[i % queries.Length], Parse, Validate));

        Assert.Equal(2000, cache.Hits + cache.Misses);
        Assert.True(cache.Count <= 8);
    }

    [Fact]
    public void Clears_every_document()
    {
        var cache = new DocumentCache();
        cache.GetOrAdd("{ a }", Parse, Validate);

        cache.Clear();

        Assert.Equal(0, cache.Count);
        Assert.False(cache.TryGet("{ a }", out _));
    }

    [Fact]
    public void Rejects_a_capacity_below_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentCache(0));
}
