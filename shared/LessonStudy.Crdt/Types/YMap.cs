using System.Collections;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

/// <summary>
/// A shared map from string keys to values (yjs <c>Y.Map</c>). Values are of the
/// <see cref="JsValue"/> model, <c>byte[]</c>, sub-documents or shared types. Before the map is added
/// to a document, edits go to a local map that is written when it is integrated. Keys are
/// enumerated in the order they were first set, as a JavaScript <c>Map</c> does.
/// </summary>
public class YMap : AbstractType, IEnumerable<KeyValuePair<string, object?>>
{
    private Dictionary<string, object?>? _prelimContent;

    /// <summary>Creates an empty map that is not yet part of a document.</summary>
    public YMap()
    {
        _prelimContent = [];
    }

    /// <summary>Creates a map, not yet part of a document, holding <paramref name="entries"/>.</summary>
    public YMap(IEnumerable<KeyValuePair<string, object?>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _prelimContent = [];
        foreach (var (key, value) in entries)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(entries));
            _prelimContent[key] = SharedValue.NormalizeMapValue(value);
        }
    }

    internal override void Integrate(Doc doc, Item? item)
    {
        base.Integrate(doc, item);
        var prelim = _prelimContent!;
        _prelimContent = null;
        if (prelim.Count > 0)
        {
            doc.Transact(tr =>
            {
                foreach (var (key, value) in prelim)
                {
                    TypeMapSet(tr, this, key, value);
                }
            });
        }
    }

    internal override AbstractType Copy() => new YMap();

    /// <summary>A deep copy (shared types inside are cloned too) that can be inserted elsewhere.</summary>
    public override AbstractType Clone()
    {
        var map = new YMap();
        foreach (var (key, value) in this)
        {
            map.Set(key, value is AbstractType t ? t.Clone() : value);
        }
        return map;
    }

    internal override void CallObserver(Transaction transaction, HashSet<string?> parentSubs) =>
        CallTypeObservers(this, transaction, new YMapEvent(this, transaction, parentSubs));

    /// <summary>yjs <c>toJSON</c>: a <see cref="JsObject"/> of the entries, shared types replaced by their JSON.</summary>
    public override object? ToJson()
    {
        var map = new JsObject(Map.Count);
        foreach (var (key, item) in Map)
        {
            if (!item.Deleted)
            {
                var v = item.Content.GetContent()[item.Length - 1];
                map[key] = v is AbstractType t ? t.ToJson() : v;
            }
        }
        return map;
    }

    /// <summary>Number of keys present.</summary>
    public int Size
    {
        get
        {
            var n = 0;
            foreach (var item in Map.Values)
            {
                if (!item.Deleted)
                {
                    n++;
                }
            }
            return n;
        }
    }

    /// <summary>The present keys.</summary>
    public IEnumerable<string> Keys()
    {
        foreach (var (key, _) in this)
        {
            yield return key;
        }
    }

    /// <summary>The values of the present keys.</summary>
    public IEnumerable<object?> Values()
    {
        foreach (var (_, value) in this)
        {
            yield return value;
        }
    }

    /// <summary>The present keys and their values.</summary>
    public IEnumerable<KeyValuePair<string, object?>> Entries() => this;

    /// <summary>Calls <paramref name="f"/>(value, key, this) for every present key.</summary>
    public void ForEach(Action<object?, string, YMap> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        foreach (var (key, value) in this)
        {
            f(value, key, this);
        }
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        foreach (var (key, item) in Map)
        {
            if (!item.Deleted)
            {
                yield return new KeyValuePair<string, object?>(key, item.Content.GetContent()[item.Length - 1]);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Removes <paramref name="key"/>.</summary>
    public void Delete(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Doc is { } doc)
        {
            doc.Transact(tr => TypeMapDelete(tr, this, key));
        }
        else
        {
            _prelimContent!.Remove(key);
        }
    }

    /// <summary>Sets <paramref name="key"/> to <paramref name="value"/> and returns the stored value.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> has no yjs representation.</exception>
    public object? Set(string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var normalized = SharedValue.NormalizeMapValue(value);
        if (Doc is { } doc)
        {
            doc.Transact(tr => TypeMapSet(tr, this, key, normalized));
        }
        else
        {
            _prelimContent![key] = normalized;
        }
        return normalized;
    }

    /// <summary>The value of <paramref name="key"/>, or <see cref="JsUndefined.Value"/> when absent.</summary>
    public object? Get(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return TypeMapGet(this, key);
    }

    /// <summary>Gets the value of <paramref name="key"/> if present.</summary>
    public bool TryGetValue(string key, out object? value)
    {
        value = Get(key);
        return value is not JsUndefined || Has(key);
    }

    /// <summary>Whether <paramref name="key"/> is present.</summary>
    public bool Has(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return TypeMapHas(this, key);
    }

    /// <summary>Removes every key.</summary>
    public void Clear()
    {
        if (Doc is { } doc)
        {
            doc.Transact(tr =>
            {
                foreach (var (key, item) in Map)
                {
                    if (!item.Deleted)
                    {
                        TypeMapDelete(tr, this, key);
                    }
                }
            });
        }
        else
        {
            _prelimContent!.Clear();
        }
    }

    /// <summary>Calls <paramref name="f"/> with this map's events.</summary>
    public IDisposable Observe(Action<YMapEvent, Transaction> f) => AddObserver(f);

    /// <summary>Removes an observer added with <see cref="Observe(Action{YMapEvent, Transaction})"/>.</summary>
    public void Unobserve(Action<YMapEvent, Transaction> f) => RemoveObserver(f);

    internal override void Write(IUpdateEncoder encoder) => encoder.WriteTypeRef(ContentType.YMapRefID);

    internal static AbstractType ReadType(IUpdateDecoder decoder) => new YMap();
}

/// <summary>The changes of a <see cref="YMap"/> in one transaction (see <see cref="YEvent.Keys"/>).</summary>
public sealed class YMapEvent : YEvent
{
    public YMapEvent(YMap target, Transaction transaction, IReadOnlySet<string?> keysChanged)
        : base(target, transaction)
    {
        KeysChanged = keysChanged;
    }

    /// <summary>The keys set or deleted in the transaction (yjs <c>keysChanged</c>).</summary>
    public IReadOnlySet<string?> KeysChanged { get; }
}
