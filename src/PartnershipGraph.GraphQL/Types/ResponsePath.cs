namespace PartnershipGraph.GraphQL.Types;

/// <summary>Where a field's value sits in the response: a chain of field names (response keys) and list indices.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Errors.Error-result-format</remarks>
public sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, object key, string? typeName)
    {
        Parent = parent;
        Key = key;
        TypeName = typeName;
    }

    /// <summary>The path of the enclosing field or list, or <see langword="null"/> at a root field.</summary>
    public ResponsePath? Parent { get; }

    /// <summary>A response key (<see cref="string"/>) or a list index (<see cref="int"/>).</summary>
    public object Key { get; }

    /// <summary>The parent type's name for field keys, or <see langword="null"/> for indices.</summary>
    public string? TypeName { get; }

    /// <summary>The path of a root field.</summary>
    public static ResponsePath Root(string responseKey, string? typeName = null) =>
        new(null, responseKey, typeName);

    /// <summary>The path of a field inside this one.</summary>
    public ResponsePath Append(string responseKey, string? typeName = null) =>
        new(this, responseKey, typeName);

    /// <summary>The path of an item of this list.</summary>
    public ResponsePath Append(int index) => new(this, index, null);

    /// <summary>The keys from the root, as written in an error's <c>path</c>.</summary>
    public IReadOnlyList<object> ToList()
    {
        var depth = 0;
        for (var p = this; p is not null; p = p.Parent)
        {
            depth++;
        }
        var keys = new object[depth];
        for (var p = this; p is not null; p = p.Parent)
        {
            keys[--depth] = p.Key;
        }
        return keys;
    }

    /// <summary>The path as <c>plans.0.areas</c>.</summary>
    public override string ToString() => string.Join('.', ToList());
}
