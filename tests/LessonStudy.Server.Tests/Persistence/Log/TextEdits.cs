using LessonStudy.Crdt;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Server.Tests.Persistence.Log;

/// <summary>Real yjs updates from the engine: edits of the root text "content", and the text they load back to.</summary>
internal sealed class TextEdits
{
    private readonly Doc doc = new();

    public string Text => doc.GetText("content").ToString();

    /// <summary>Inserts at the end and returns the v1 update of that edit.</summary>
    public byte[] Append(string text) => Edit(content => content.Insert(content.Length, text));

    public byte[] Delete(int index, int length) => Edit(content => content.Delete(index, length));

    /// <summary>The whole state as one v1 update, what the room passes to compaction.</summary>
    public byte[] State() => doc.EncodeStateAsUpdate();

    public static string TextOf(IEnumerable<ReadOnlyMemory<byte>> updates)
    {
        var loaded = new Doc();
        foreach (var update in updates)
        {
            loaded.ApplyUpdate(update);
        }

        return loaded.GetText("content").ToString();
    }

    private byte[] Edit(Action<YText> edit)
    {
        byte[]? captured = null;
        void Capture(byte[] update, object? origin, Transaction transaction) => captured = update;
        doc.Update += Capture;
        try
        {
            doc.Transact(_ => edit(doc.GetText("content")));
        }
        finally
        {
            doc.Update -= Capture;
        }

        return captured ?? throw new InvalidOperationException("The edit produced no update.");
    }
}
