using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Types;

/// <summary>
/// The JavaScript <c>Map&lt;string, any&gt;</c> that YText's algorithms use for current, negated and
/// start attributes: insertion order is kept (a re-set key keeps its place, a removed key loses it),
/// which decides the order in which format items are created and so the resulting bytes.
/// Attribute sets are tiny (a handful of keys), so a list with linear search beats hashing and lets
/// instances be cleared and reused without allocating on every keystroke.
/// </summary>
internal sealed class YTextAttributeMap
{
    private string[] _keys;
    private object?[] _values;
    private int _count;

    public YTextAttributeMap(int capacity = 4)
    {
        _keys = new string[capacity];
        _values = new object?[capacity];
    }

    public int Count => _count;

    public string KeyAt(int i) => _keys[i];

    public object? ValueAt(int i) => _values[i];

    public void Clear()
    {
        if (_count == 0)
            return;
        Array.Clear(_keys, 0, _count);
        Array.Clear(_values, 0, _count);
        _count = 0;
    }

    private int IndexOf(string key)
    {
        var keys = _keys;
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
                return i;
        }
        return -1;
    }

    public bool Has(string key) => IndexOf(key) >= 0;

    /// <summary>JavaScript <c>map.get(key)</c>: <see cref="JsUndefined.Value"/> when absent.</summary>
    public object? Get(string key)
    {
        var i = IndexOf(key);
        return i < 0 ? JsUndefined.Value : _values[i];
    }

    /// <summary>JavaScript <c>map.get(key) ?? null</c>.</summary>
    public object? GetOrNull(string key)
    {
        var i = IndexOf(key);
        return i < 0 ? null : YTextEquality.NullIfUndefined(_values[i]);
    }

    public bool TryGet(string key, out object? value)
    {
        var i = IndexOf(key);
        if (i < 0)
        {
            value = null;
            return false;
        }
        value = _values[i];
        return true;
    }

    public void Set(string key, object? value)
    {
        var i = IndexOf(key);
        if (i >= 0)
        {
            _values[i] = value;
            return;
        }
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }
        _keys[_count] = key;
        _values[_count] = value;
        _count++;
    }

    public bool Remove(string key)
    {
        var i = IndexOf(key);
        if (i < 0)
            return false;
        _count--;
        Array.Copy(_keys, i + 1, _keys, i, _count - i);
        Array.Copy(_values, i + 1, _values, i, _count - i);
        _keys[_count] = null!;
        _values[_count] = null;
        return true;
    }

    /// <summary>Replaces this map's content with a copy of <paramref name="other"/> (lib0 <c>map.copy</c>).</summary>
    public void CopyFrom(YTextAttributeMap other)
    {
        Clear();
        for (var i = 0; i < other._count; i++)
            Set(other._keys[i], other._values[i]);
    }

    /// <summary>A JavaScript object built from the entries in map order (<c>forEach</c> into <c>{}</c>).</summary>
    public JsObject ToJsObject(bool skipNullValues)
    {
        var res = new JsObject();
        for (var i = 0; i < _count; i++)
        {
            if (skipNullValues && _values[i] is null)
                continue;
            res[_keys[i]] = _values[i];
        }
        return res;
    }
}
