using System.Text;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

/// <summary>
/// A shared list of XML nodes — <see cref="YXmlElement"/>, <see cref="YXmlText"/> and
/// <see cref="YXmlHook"/> (yjs <c>Y.XmlFragment</c>). Unlike an element it has no node name and no
/// attributes. Before it is added to a document, edits go to a local list that is inserted when it
/// is integrated.
/// </summary>
public class YXmlFragment : AbstractType
{
    private List<object?>? _prelimContent = [];

    /// <summary>The first child, or null when there is none.</summary>
    public object? FirstChild => First is { } first ? first.Content.GetContent()[0] : null;

    /// <summary>Number of children (before integration: of the local list).</summary>
    public new int Length => _prelimContent is null ? base.Length : _prelimContent.Count;

    internal override void Integrate(Doc doc, Item? item)
    {
        base.Integrate(doc, item);
        var content = _prelimContent!;
        _prelimContent = null;
        doc.Transact(tr => TypeListInsertGenerics(tr, this, 0, content));
    }

    internal override AbstractType Copy() => new YXmlFragment();

    /// <summary>A deep copy that can be inserted elsewhere.</summary>
    public override AbstractType Clone()
    {
        var el = new YXmlFragment();
        el.Insert(0, CloneChildren());
        return el;
    }

    private protected object?[] CloneChildren()
    {
        var children = ToArray();
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is AbstractType t)
            {
                children[i] = t.Clone();
            }
        }
        return children;
    }

    /// <summary>
    /// A walker over the descendants (depth first, children before following siblings) for which
    /// <paramref name="filter"/> returns true (yjs <c>createTreeWalker</c>).
    /// </summary>
    public YXmlTreeWalker CreateTreeWalker(Func<AbstractType, bool>? filter = null) => new(this, filter);

    /// <summary>The first descendant element whose node name equals <paramref name="query"/> ignoring case (yjs supports only tag-name queries).</summary>
    public AbstractType? QuerySelector(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var walker = new YXmlTreeWalker(this, NodeNameFilter(query));
        return walker.MoveNext() ? walker.Current : null;
    }

    /// <summary>All descendant elements whose node name equals <paramref name="query"/> ignoring case.</summary>
    public IReadOnlyList<AbstractType> QuerySelectorAll(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return [.. new YXmlTreeWalker(this, NodeNameFilter(query))];
    }

    private static Func<AbstractType, bool> NodeNameFilter(string query)
    {
        var upper = query.ToUpperInvariant();
        return t => t is YXmlElement e && e.NodeName.Length > 0 && string.Equals(e.NodeName.ToUpperInvariant(), upper, StringComparison.Ordinal);
    }

    internal override void CallObserver(Transaction transaction, HashSet<string?> parentSubs) =>
        CallTypeObservers(this, transaction, new YXmlEvent(this, parentSubs, transaction));

    /// <summary>The XML serialization of all children, concatenated.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        AppendChildren(sb);
        return sb.ToString();
    }

    private protected void AppendChildren(StringBuilder sb) =>
        TypeListForEach(this, (xml, _) => sb.Append(SharedValue.ToJsString(xml)));

    /// <summary>yjs <c>toJSON</c>: the XML string (see <see cref="ToString"/>).</summary>
    public override object? ToJson() => ToString();

    /// <summary>Inserts <paramref name="content"/> (XML nodes) at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or past the end.</exception>
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

    /// <summary>
    /// Inserts <paramref name="content"/> right after the child <paramref name="reference"/>, or at the
    /// start when it is null.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is not a child (before integration).</exception>
    public void InsertAfter(AbstractType? reference, params object?[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var normalized = SharedValue.NormalizeListElements(content);
        if (Doc is { } doc)
        {
            doc.Transact(tr => TypeListInsertGenericsAfter(tr, this, reference?.Item, normalized));
        }
        else
        {
            var pc = _prelimContent!;
            var index = reference is null ? 0 : pc.IndexOf(reference) + 1;
            if (index == 0 && reference is not null)
            {
                throw new ArgumentException("Reference item not found.", nameof(reference));
            }
            pc.InsertRange(index, normalized);
        }
    }

    /// <summary>Deletes <paramref name="length"/> children starting at <paramref name="index"/>.</summary>
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

    /// <summary>The children as a new array.</summary>
    public object?[] ToArray() => [.. TypeListToArray(this)];

    /// <summary>Appends <paramref name="content"/>.</summary>
    public void Push(params object?[] content) => Insert(Length, content);

    /// <summary>Inserts <paramref name="content"/> at the start.</summary>
    public void Unshift(params object?[] content) => Insert(0, content);

    /// <summary>The child at <paramref name="index"/>, or <see cref="JsUndefined.Value"/> when there is none.</summary>
    public object? Get(int index) => index < 0 ? JsUndefined.Value : TypeListGet(this, index);

    /// <summary>The children from <paramref name="start"/> up to, not including, <paramref name="end"/>.</summary>
    public object?[] Slice(int start = 0, int? end = null) => [.. TypeListSlice(this, start, end ?? Length)];

    /// <summary>Calls <paramref name="f"/>(child, index, this) for each child.</summary>
    public void ForEach(Action<object?, int, YXmlFragment> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        TypeListForEach(this, (c, i) => f(c, i, this));
    }

    /// <summary>Calls <paramref name="f"/> with this node's events.</summary>
    public IDisposable Observe(Action<YXmlEvent, Transaction> f) => AddObserver(f);

    /// <summary>Removes an observer added with <see cref="Observe(Action{YXmlEvent, Transaction})"/>.</summary>
    public void Unobserve(Action<YXmlEvent, Transaction> f) => RemoveObserver(f);

    internal override void Write(IUpdateEncoder encoder) => encoder.WriteTypeRef(ContentType.YXmlFragmentRefID);

    internal static AbstractType ReadType(IUpdateDecoder decoder) => new YXmlFragment();
}
