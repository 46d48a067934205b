using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace PartnershipGraph.GraphQL.Execution;

/// <summary>The result of a selection set: response keys and their values, in the order the fields were selected.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Serialized-Map-Ordering</remarks>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private string[] _keys;
    private object?[] _values;
    private int _count;

    private bool _sharesKeys;

    /// <summary>Creates an empty map with room for <paramref name="capacity"/> entries.</summary>
    public ResultMap(int capacity = 4)
    {
        _keys = new string[Math.Max(capacity, 1)];
        _values = new object?[_keys.Length];
    }

    /// <summary>Creates a map of these keys, every value null, sharing the keys array (the executor's maps of one selection set share it).</summary>
    internal ResultMap(string[] keys)
    {
        _keys = keys;
        _values = keys.Length == 0 ? [] : new object?[keys.Length];
        _count = keys.Length;
        _sharesKeys = true;
    }

    /// <inheritdoc/>
    public int Count => _count;

    /// <inheritdoc/>
    public object? this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <inheritdoc/>
    public IEnumerable<string> Keys => _keys.Take(_count);

    /// <inheritdoc/>
    public IEnumerable<object?> Values => _values.Take(_count);

    /// <summary>The key of the entry at <paramref name="index"/>.</summary>
    public string KeyAt(int index) => _keys[index];

    /// <summary>The value of the entry at <paramref name="index"/>.</summary>
    public object? ValueAt(int index) => _values[index];

    /// <summary>Appends an entry and returns its index.</summary>
    public int Add(string key, object? value)
    {
        if (_sharesKeys || _count == _keys.Length)
        {
            var size = Math.Max(_count * 2, 4);
            Array.Resize(ref _keys, size);
            Array.Resize(ref _values, size);
            _sharesKeys = false;
        }
        _keys[_count] = key;
        _values[_count] = value;
        return _count++;
    }

    /// <summary>Replaces the value of the entry at <paramref name="index"/>.</summary>
    public void SetValueAt(int index, object? value) => _values[index] = value;

    /// <inheritdoc/>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}
