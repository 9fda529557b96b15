using LessonStudy.Crdt;
using LessonStudy.TestKit;

namespace LessonStudy.Benchmarks.SideBySide;

/// <summary>Replays an editing trace on the engine exactly as the yjs side does (bench.mjs).</summary>
internal static class TraceReplay
{
    public const string RootName = "text";

    /// <summary>The client ID bench.mjs uses, so that update sizes are comparable byte for byte.</summary>
    public const ulong ClientId = 2654435769;

    /// <summary>One transaction per txn; each patch as delete then insert.</summary>
    public static Doc Apply(EditingTrace trace, int limit = int.MaxValue, Action<byte[]>? onUpdate = null)
    {
        var doc = new Doc(new DocOptions { ClientId = ClientId });
        var text = doc.GetText(RootName);
        if (onUpdate is not null)
        {
            doc.Update += (update, _, _) => onUpdate(update);
        }

        var count = Math.Min(limit, trace.Transactions.Count);
        for (var i = 0; i < count; i++)
        {
            var patches = trace.Transactions[i];
            doc.Transact(_ =>
            {
                foreach (var patch in patches)
                {
                    if (patch.Deleted > 0)
                    {
                        text.Delete(patch.Position, patch.Deleted);
                    }

                    if (patch.Inserted.Length > 0)
                    {
                        text.Insert(patch.Position, patch.Inserted);
                    }
                }
            });
        }

        return doc;
    }

    /// <summary>The text after the first <paramref name="count"/> transactions, by plain string splicing.</summary>
    public static string ExpectedAfter(EditingTrace trace, int count)
    {
        var content = new System.Text.StringBuilder(trace.StartContent);
        for (var i = 0; i < count; i++)
        {
            foreach (var patch in trace.Transactions[i])
            {
                content.Remove(patch.Position, patch.Deleted);
                content.Insert(patch.Position, patch.Inserted);
            }
        }

        return content.ToString();
    }
}
