using LessonStudy.Crdt.Updates;

namespace LessonStudy.Crdt;

/// <summary>
/// The document-less update merging the struct store needs for pending structs and deletions
/// (yjs <c>mergeUpdatesV2</c>, <c>diffUpdateV2</c>, <c>convertUpdateFormatV2ToV1</c>, <c>mergeUpdates</c>).
/// A seam onto the Updates module.
/// </summary>
internal static class PendingUpdates
{
    internal static byte[] MergeUpdatesV2(IReadOnlyList<byte[]> updates) =>
        EncodedUpdates.MergeUpdatesV2(AsMemories(updates));

    internal static byte[] MergeUpdatesV1(IReadOnlyList<byte[]> updates) =>
        EncodedUpdates.MergeUpdates(AsMemories(updates));

    internal static byte[] DiffUpdateV2(byte[] update, ReadOnlyMemory<byte> stateVector) =>
        EncodedUpdates.DiffUpdateV2(update, stateVector);

    internal static byte[] ConvertUpdateFormatV2ToV1(byte[] update) =>
        EncodedUpdates.ConvertUpdateFormatV2ToV1(update);

    private static ReadOnlyMemory<byte>[] AsMemories(IReadOnlyList<byte[]> updates)
    {
        var memories = new ReadOnlyMemory<byte>[updates.Count];
        for (var i = 0; i < memories.Length; i++)
        {
            memories[i] = updates[i];
        }

        return memories;
    }
}
