using System.Collections;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

/// <summary>
/// A shared array (yjs <c>Y.Array</c>). Elements are values of the <see cref="JsValue"/> model,
/// <c>byte[]</c>, sub-documents or shared types. Before the array is added to a document, edits go
/// to a local list that is inserted when it is integrated.
/// </summary>
public sealed class YArray : AbstractType, IEnumerable<object?>
{
    private List<object?>? _prelimContent = [];

    /// <summary>Creates an array that is not yet part of a document.</summary>
    public YArray()
    {
        SearchMarker = [];
    }

    /// <summary>A new array holding <paramref name="items"/> (yjs <c>YArray.from</c>).</summary>
    public static YArray From(IEnumerable<object?> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var a = new YArray();
        a.Push([.. items]);
        return a;
    }

    /// <summary>Number of elements (0 before the array is added to a document).</summary>
    public new int Length => base.Length;

    internal override void Integrate(Doc doc, Item? item)
    {
        base.Integrate(doc, item);
        var content = _prelimContent!;
        _prelimContent = null;
        doc.Transact(tr => TypeListInsertGenerics(tr, this, 0, content));
    }

    internal override AbstractType Copy() => new YArray();

    /// <summary>A deep copy (shared types inside are cloned too) that can be inserted elsewhere.</summary>
    public override AbstractType Clone()
    {
        var arr = new YArray();
        var elements = ToArray();
        for (var i = 0; i < elements.Length; i++)
        {
            if (elements[i] is AbstractType t)
            {
                elements[i] = t.Clone();
            }
        }
        arr.Insert(0, elements);
        return arr;
    }

    internal override void CallObserver(Transaction transaction, HashSet<string?> parentSubs)
    {
        base.CallObserver(transaction, parentSubs);
        CallTypeObservers(this, transaction, new YArrayEvent(this, transaction));
    }

    /// <summary>
    /// Inserts <paramref name="content"/> at <paramref name="index"/>. Pass several elements in one
    /// call: consecutive plain values are stored as one item. To insert an array as a single
    /// element, pass it cast to <see cref="object"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or past the end.</exception>
    /// <exception cref="ArgumentException">An element has no yjs representation (e.g. undefined or a bigint, which yjs rejects in lists).</exception>
    public void Insert(int index, params object?[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var normalized = SharedValue.NormalizeListElements(content);
        if (Doc is { } doc)
        {
            doc.Transact(tr => TypeListInsertGenerics(tr, this, index, normalized));
        }
        else
        {
            SharedValue.PrelimInsert(_prelimContent!, index, normalized);
        }
    }

    /// <summary>Appends <paramref name="content"/> at the end.</summary>
    public void Push(params object?[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var normalized = SharedValue.NormalizeListElements(content);
        if (Doc is { } doc)
        {
            doc.Transact(tr => TypeListPushGenerics(tr, this, normalized));
        }
        else
        {
            _prelimContent!.AddRange(normalized);
        }
    }

    /// <summary>Inserts <paramref name="content"/> at the start.</summary>
    public void Unshift(params object?[] content) => Insert(0, content);

    /// <summary>Deletes <paramref name="length"/> elements starting at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is outside the array.</exception>
    public void Delete(int index, int length = 1)
    {
        SharedValue.CheckRange(index, length);
        if (Doc is { } doc)
        {
            doc.Transact(tr => TypeListDelete(tr, this, index, length));
        }
        else
        {
            SharedValue.PrelimDelete(_prelimContent!, index, length);
        }
    }

    /// <summary>The element at <paramref name="index"/>, or <see cref="JsUndefined.Value"/> when there is none.</summary>
    public object? Get(int index) => index < 0 ? JsUndefined.Value : TypeListGet(this, index);

    /// <summary>The elements as a new array.</summary>
    public object?[] ToArray() => [.. TypeListToArray(this)];

    /// <summary>
    /// The elements from <paramref name="start"/> up to, not including, <paramref name="end"/>
    /// (default: the end); negative bounds count from the end.
    /// </summary>
    public object?[] Slice(int start = 0, int? end = null) => [.. TypeListSlice(this, start, end ?? Length)];

    /// <summary>The result of <paramref name="f"/>(element, index, this) for each element.</summary>
    public new TResult[] Map<TResult>(Func<object?, int, YArray, TResult> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return [.. TypeListMap(this, (c, i) => f(c, i, this))];
    }

    /// <summary>Calls <paramref name="f"/>(element, index, this) for each element.</summary>
    public void ForEach(Action<object?, int, YArray> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        TypeListForEach(this, (c, i) => f(c, i, this));
    }

    /// <summary>
    /// yjs <c>toJSON</c>: the elements as an <c>object?[]</c>, shared types replaced by their JSON.
    /// </summary>
    public override object? ToJson() => Map((c, _, _) => c is AbstractType t ? t.ToJson() : c);

    /// <summary>Calls <paramref name="f"/> with this array's events.</summary>
    public IDisposable Observe(Action<YArrayEvent, Transaction> f) => AddObserver(f);

    /// <summary>Removes an observer added with <see cref="Observe(Action{YArrayEvent, Transaction})"/>.</summary>
    public void Unobserve(Action<YArrayEvent, Transaction> f) => RemoveObserver(f);

    public IEnumerator<object?> GetEnumerator() => TypeListCreateIterator(this).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal override void Write(IUpdateEncoder encoder) => encoder.WriteTypeRef(ContentType.YArrayRefID);

    internal static AbstractType ReadType(IUpdateDecoder decoder) => new YArray();
}

/// <summary>The changes of a <see cref="YArray"/> in one transaction (see <see cref="YEvent.Delta"/>).</summary>
public sealed class YArrayEvent : YEvent
{
    public YArrayEvent(YArray target, Transaction transaction)
        : base(target, transaction)
    {
    }
}
