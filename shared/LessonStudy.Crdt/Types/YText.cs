using System.Text;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

/// <summary>
/// Shared text with formatting (yjs <c>Y.Text</c>): characters, embeds and formatting attributes
/// (<c>bold</c>, <c>link</c> …) that apply to ranges, plus map-like type attributes. Indices and
/// lengths count UTF-16 code units, exactly as JavaScript strings do. Attribute values follow the
/// JavaScript value model (<see cref="JsValue"/>); a <c>null</c> attribute value removes that format.
/// A text created with <c>new</c> buffers its operations until it is added to a document.
/// </summary>
public partial class YText : AbstractType
{
    /// <summary>Operations on a text not yet in a document (yjs <c>_pending</c>); null once integrated.</summary>
    private List<Action>? _pending;

    /// <summary>A cursor kept for reuse, so that an edit does not allocate one (null while rented).</summary>
    private ItemTextListPosition? _cachedPosition;

    /// <summary>Creates an empty text; add it to a document (or another type) to use it.</summary>
    public YText()
    {
        _pending = [];
        SearchMarker = [];
    }

    /// <summary>Creates a text whose initial content is inserted when it is integrated.</summary>
    public YText(string? text)
        : this()
    {
        if (text is not null)
            _pending!.Add(() => Insert(0, text));
    }

    /// <summary>The number of UTF-16 code units (embeds count one each).</summary>
    public new int Length => base.Length;

    private List<Action> Pending => _pending ??= [];

    internal override void Integrate(Doc doc, Item? item)
    {
        base.Integrate(doc, item);
        var pending = _pending;
        _pending = null;
        if (pending is null)
            return;
        try
        {
            foreach (var f in pending)
                f();
        }
#pragma warning disable CA1031 // yjs logs and swallows: a failed prelim edit must not abort the integration of its parent.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    internal override AbstractType Copy() => new YText();

    /// <summary>A copy of this text (content and formatting) that can be inserted elsewhere.</summary>
    public override AbstractType Clone()
    {
        var text = new YText();
        text.ApplyDelta(ToDelta());
        return text;
    }

    internal override void Write(IUpdateEncoder encoder) => encoder.WriteTypeRef(2);

    internal static AbstractType ReadType(IUpdateDecoder decoder) => new YText();

    internal override void CallObserver(Transaction transaction, HashSet<string?> parentSubs)
    {
        base.CallObserver(transaction, parentSubs);
        var e = new YTextEvent(this, transaction, parentSubs);
        CallTypeObservers(this, transaction, e);
        // If a remote change happened, try to clean up potential formatting duplicates.
        if (!transaction.Local && HasFormatting)
            transaction.NeedFormattingCleanup = true;
    }

    /// <summary>Calls <paramref name="f"/> with this text's events.</summary>
    public IDisposable Observe(Action<YTextEvent, Transaction> f) => AddObserver(f);

    /// <summary>Removes an observer added with <see cref="Observe(Action{YTextEvent, Transaction})"/>.</summary>
    public void Unobserve(Action<YTextEvent, Transaction> f) => RemoveObserver(f);

    /// <summary>The text without formatting; embeds are left out.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(base.Length);
        for (var n = Start; n is not null; n = n.Right)
        {
            if (!n.Deleted && n.Countable && n.Content is ContentString s)
                sb.Append(s.Str);
        }
        return sb.ToString();
    }

    /// <summary>The JSON value of this text: its string (<see cref="ToString"/>).</summary>
    public override object? ToJson() => ToString();

    internal ItemTextListPosition RentPosition()
    {
        var pos = _cachedPosition ?? new ItemTextListPosition();
        _cachedPosition = null;
        return pos;
    }

    internal void ReturnPosition(ItemTextListPosition pos)
    {
        pos.Left = null;
        pos.Right = null;
        _cachedPosition = pos;
    }

    /// <summary>A fresh, normalized attribute object (the algorithms mutate it, as yjs does).</summary>
    private static JsObject NormalizeAttributes(IReadOnlyDictionary<string, object?> attributes)
    {
        var res = new JsObject(attributes.Count);
        foreach (var kv in attributes)
            res.Set(kv.Key, JsValue.Normalize(kv.Value));
        return res;
    }
}
