using System.Collections;

namespace LessonStudy.Crdt.Encoding;

/// <summary>
/// A JavaScript plain object in the value model of <see cref="JsValue"/>. Keys are kept in the
/// order <c>Object.keys</c> reports them — array-index keys (canonical decimal integers
/// 0 … 2^32 − 2) ascending first, then the other keys in insertion order — because lib0's
/// <c>writeAny</c> and <c>JSON.stringify</c> write them in that order and the bytes must match.
/// Setting an existing key keeps its position. Equality (<see cref="Equals(object?)"/>) is deep
/// content equality as <see cref="JsValue.DeepEquals"/> defines it.
/// </summary>
public sealed class JsObject : IEnumerable<KeyValuePair<string, object?>>, IEquatable<JsObject>
{
    // Past this many keys a dictionary index replaces the linear scan.
    private const int IndexThreshold = 8;

    private string[] _keys;
    private object?[] _values;
    private int _count;

    // The first _arrayIndexCount entries are the array-index keys, ascending; the rest keep insertion order.
    private int _arrayIndexCount;
    private Dictionary<string, int>? _positions;

    public JsObject()
        : this(0)
    {
    }

    public JsObject(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _keys = capacity == 0 ? [] : new string[capacity];
        _values = capacity == 0 ? [] : new object?[capacity];
    }

    /// <summary>Number of own keys.</summary>
    public int Count => _count;

    /// <summary>The keys in JavaScript property order.</summary>
    public IEnumerable<string> Keys
    {
        get
        {
            for (var i = 0; i < _count; i++)
            {
                yield return _keys[i];
            }
        }
    }

    /// <summary>Gets the value of a key (throws <see cref="KeyNotFoundException"/> if absent) or sets it as <see cref="Set"/> does.</summary>
    public object? this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The key '{key}' is not present.");
        set => Set(key, value);
    }

    /// <summary>
    /// JavaScript <c>ToString(ToUint32(key)) === key &amp;&amp; ToUint32(key) !== 2^32 − 1</c>:
    /// whether the key is an array index, which JavaScript orders before all other keys.
    /// </summary>
    public static bool IsArrayIndex(string key) => TryParseArrayIndex(key, out _);

    /// <summary>
    /// Sets a key to a value already in the value model (see <see cref="JsValue"/>); a new key takes
    /// its JavaScript position, an existing one keeps its place.
    /// </summary>
    public void Set(string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var pos = IndexOf(key);
        if (pos >= 0)
        {
            _values[pos] = value;
            return;
        }

        if (TryParseArrayIndex(key, out var index))
        {
            pos = FindArrayIndexSlot(index);
            InsertAt(pos, key, value);
            _arrayIndexCount++;
        }
        else
        {
            InsertAt(_count, key, value);
        }
    }

    public bool TryGetValue(string key, out object? value)
    {
        var pos = IndexOf(key);
        if (pos < 0)
        {
            value = null;
            return false;
        }

        value = _values[pos];
        return true;
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>JavaScript <c>delete obj[key]</c>; returns whether the key was present.</summary>
    public bool Remove(string key)
    {
        var pos = IndexOf(key);
        if (pos < 0)
        {
            return false;
        }

        if (pos < _arrayIndexCount)
        {
            _arrayIndexCount--;
        }

        _count--;
        Array.Copy(_keys, pos + 1, _keys, pos, _count - pos);
        Array.Copy(_values, pos + 1, _values, pos, _count - pos);
        _keys[_count] = null!;
        _values[_count] = null;
        if (_positions is not null)
        {
            _positions.Remove(key);
            ReindexFrom(pos);
        }

        return true;
    }

    /// <summary>Removes every key.</summary>
    public void Clear()
    {
        Array.Clear(_keys, 0, _count);
        Array.Clear(_values, 0, _count);
        _count = 0;
        _arrayIndexCount = 0;
        _positions = null;
    }

    /// <summary>A shallow copy (nested objects and arrays are shared).</summary>
    public JsObject ShallowClone()
    {
        var copy = new JsObject(_count);
        Array.Copy(_keys, copy._keys, _count);
        Array.Copy(_values, copy._values, _count);
        copy._count = _count;
        copy._arrayIndexCount = _arrayIndexCount;
        if (_positions is not null)
        {
            copy._positions = new Dictionary<string, int>(_positions, StringComparer.Ordinal);
        }

        return copy;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(JsObject? other) => other is not null && JsValue.DeepEquals(this, other);

    public override bool Equals(object? obj) => obj is JsObject other && Equals(other);

    /// <summary>Depends only on the key set, so that it agrees with the order-insensitive <see cref="Equals(object?)"/>.</summary>
    public override int GetHashCode()
    {
        var hash = _count;
        for (var i = 0; i < _count; i++)
        {
            hash ^= StringComparer.Ordinal.GetHashCode(_keys[i]);
        }

        return hash;
    }

    /// <summary>The object as <c>JSON.stringify</c> prints it, or <c>[object Object]</c> when JSON cannot hold it (a bigint inside).</summary>
    public override string ToString()
    {
        try
        {
            return JsJson.Stringify(this) ?? "{}";
        }
        catch (ArgumentException)
        {
            return "[object Object]";
        }
    }

    internal string KeyAt(int position) => _keys[position];

    internal object? ValueAt(int position) => _values[position];

    internal void SetValueAt(int position, object? value) => _values[position] = value;

    private int IndexOf(string key)
    {
        if (_positions is not null)
        {
            return _positions.TryGetValue(key, out var p) ? p : -1;
        }

        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private int FindArrayIndexSlot(uint index)
    {
        var lo = 0;
        var hi = _arrayIndexCount;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            _ = TryParseArrayIndex(_keys[mid], out var midIndex);
            if (midIndex < index)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private void InsertAt(int pos, string key, object? value)
    {
        if (_count == _keys.Length)
        {
            var size = Math.Max(4, _count * 2);
            Array.Resize(ref _keys, size);
            Array.Resize(ref _values, size);
        }

        Array.Copy(_keys, pos, _keys, pos + 1, _count - pos);
        Array.Copy(_values, pos, _values, pos + 1, _count - pos);
        _keys[pos] = key;
        _values[pos] = value;
        _count++;
        if (_positions is not null)
        {
            ReindexFrom(pos);
        }
        else if (_count > IndexThreshold)
        {
            _positions = new Dictionary<string, int>(_count * 2, StringComparer.Ordinal);
            ReindexFrom(0);
        }
    }

    private void ReindexFrom(int pos)
    {
        for (var i = pos; i < _count; i++)
        {
            _positions![_keys[i]] = i;
        }
    }

    private static bool TryParseArrayIndex(string key, out uint index)
    {
        index = 0;
        var n = key.Length;
        if (n == 0 || n > 10 || (n > 1 && key[0] == '0'))
        {
            return false;
        }

        ulong v = 0;
        foreach (var c in key)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            v = (v * 10) + (ulong)(c - '0');
        }

        // 2^32 − 1 is not an array index (it is the maximum array length).
        if (v >= uint.MaxValue)
        {
            return false;
        }

        index = (uint)v;
        return true;
    }
}
