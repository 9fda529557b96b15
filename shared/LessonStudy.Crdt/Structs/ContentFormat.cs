using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Structs;

/// <summary>A formatting marker in rich text: key and value (yjs <c>ContentFormat</c>, ref 6, not countable).</summary>
public sealed class ContentFormat : IContent
{
    internal ContentFormat(string key, object? value)
    {
        Key = key;
        Value = value;
    }

    internal string Key { get; }

    internal object? Value { get; }

    public int GetLength() => 1;

    public bool IsCountable() => false;

    public IReadOnlyList<object?> GetContent() => [];

    public IContent Copy() => new ContentFormat(Key, Value);

    public IContent Splice(int offset) => throw new NotSupportedException("Format content cannot be split.");

    public bool MergeWith(IContent right) => false;

    public void Integrate(Transaction tr, Item item)
    {
        // Search markers do not support rich text yet (as in yjs).
        var p = item.Parent!;
        p.SearchMarker = null;
        p.HasFormatting = true;
    }

    public void Delete(Transaction tr)
    {
    }

    public void Gc(StructStore store)
    {
    }

    public void Write(IUpdateEncoder encoder, int offset)
    {
        encoder.WriteKey(Key);
        encoder.WriteJson(Value);
    }

    public int GetRef() => 6;

    internal static ContentFormat Read(IUpdateDecoder decoder) => new(decoder.ReadKey(), decoder.ReadJson());
}
