using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Types;

// The editing API of yjs YText: insert, insertEmbed, delete, format and the type attributes.
// Insert and Delete are the hot path of typing: they use an explicit transaction (no closure),
// a reused cursor and search markers, so a keystroke allocates little beyond its Item and content.
public partial class YText
{
    /// <summary>
    /// Inserts <paramref name="text"/> at <paramref name="index"/> (UTF-16 code units). Without
    /// <paramref name="attributes"/> the text takes the formatting in effect at the index; with them it
    /// gets exactly those (other current formats are ended for the inserted text).
    /// </summary>
    public void Insert(int index, string text, IReadOnlyDictionary<string, object?>? attributes = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= 0)
            return;
        var doc = Doc;
        if (doc is null)
        {
            Pending.Add(() => Insert(index, text, attributes));
            return;
        }
        var attrs = attributes is null ? null : NormalizeAttributes(attributes);
        using var transaction = doc.BeginTransaction();
        var pos = FindPosition(transaction, this, index, attrs is null);
        if (attrs is null && pos.CurrentAttributes.Count > 0)
            attrs = pos.CurrentAttributes.ToJsObject(skipNullValues: false);
        InsertText(transaction, this, pos, text, attrs);
        ReturnPosition(pos);
    }

    /// <summary>
    /// Inserts an embed (any JavaScript-model value, e.g. an image description, or a shared type)
    /// at <paramref name="index"/>, formatted with exactly <paramref name="attributes"/> (none if omitted).
    /// </summary>
    public void InsertEmbed(int index, object embed, IReadOnlyDictionary<string, object?>? attributes = null)
    {
        ArgumentNullException.ThrowIfNull(embed);
        var doc = Doc;
        if (doc is null)
        {
            Pending.Add(() => InsertEmbed(index, embed, attributes ?? new Dictionary<string, object?>()));
            return;
        }
        var value = embed is string or AbstractType ? embed : JsValue.Normalize(embed);
        var attrs = attributes is null ? null : NormalizeAttributes(attributes);
        using var transaction = doc.BeginTransaction();
        var pos = FindPosition(transaction, this, index, attrs is null);
        InsertText(transaction, this, pos, value, attrs);
        ReturnPosition(pos);
    }

    /// <summary>Deletes <paramref name="length"/> UTF-16 code units (embeds count one) from <paramref name="index"/>.</summary>
    public void Delete(int index, int length)
    {
        if (length == 0)
            return;
        var doc = Doc;
        if (doc is null)
        {
            Pending.Add(() => Delete(index, length));
            return;
        }
        using var transaction = doc.BeginTransaction();
        var pos = FindPosition(transaction, this, index, true);
        DeleteText(transaction, this, pos, length);
        ReturnPosition(pos);
    }

    /// <summary>
    /// Applies <paramref name="attributes"/> to <paramref name="length"/> characters from
    /// <paramref name="index"/>; a null value removes that format. Formatting past the end appends
    /// newlines (as Quill expects).
    /// </summary>
    public void Format(int index, int length, IReadOnlyDictionary<string, object?> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        if (length == 0)
            return;
        var doc = Doc;
        if (doc is null)
        {
            Pending.Add(() => Format(index, length, attributes));
            return;
        }
        var attrs = NormalizeAttributes(attributes);
        using var transaction = doc.BeginTransaction();
        var pos = FindPosition(transaction, this, index, false);
        if (pos.Right is not null)
            FormatText(transaction, this, pos, length, attrs);
        ReturnPosition(pos);
    }

    /// <summary>Removes a type attribute (not a text format; XML text uses these for block properties).</summary>
    public void RemoveAttribute(string attributeName)
    {
        ArgumentNullException.ThrowIfNull(attributeName);
        var doc = Doc;
        if (doc is null)
        {
            Pending.Add(() => RemoveAttribute(attributeName));
            return;
        }
        doc.Transact(transaction => TypeMapDelete(transaction, this, attributeName));
    }

    /// <summary>Sets a type attribute (not a text format) to a JavaScript-model value or a shared type.</summary>
    public void SetAttribute(string attributeName, object? attributeValue)
    {
        ArgumentNullException.ThrowIfNull(attributeName);
        var doc = Doc;
        if (doc is null)
        {
            Pending.Add(() => SetAttribute(attributeName, attributeValue));
            return;
        }
        var value = SharedValue.NormalizeMapValue(attributeValue);
        doc.Transact(transaction => TypeMapSet(transaction, this, attributeName, value));
    }

    /// <summary>The value of a type attribute, or <see cref="JsUndefined.Value"/> if it is not set.</summary>
    public object? GetAttribute(string attributeName) => TypeMapGet(this, attributeName);

    /// <summary>All type attributes, in JavaScript key order.</summary>
    public JsObject GetAttributes() => TypeMapGetAll(this);
}
