namespace PartnershipGraph.GraphQL.Types;

/// <summary>The default resolver's reader of one field for sources of exactly one CLR type.</summary>
internal sealed class SourceReader(Type sourceType, Func<object, object?> read)
{
    /// <summary>The CLR type of the sources the reader applies to.</summary>
    public Type SourceType { get; } = sourceType;

    /// <summary>Reads the field's value from a source of <see cref="SourceType"/>.</summary>
    public Func<object, object?> Read { get; } = read;
}
