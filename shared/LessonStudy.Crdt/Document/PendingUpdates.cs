namespace LessonStudy.Crdt;

/// <summary>
/// The document-less update merging the struct store needs for pending structs and deletions
/// (yjs <c>mergeUpdatesV2</c>, <c>diffUpdateV2</c>, <c>convertUpdateFormatV2ToV1</c>, <c>mergeUpdates</c>).
/// A seam onto the Updates module.
/// </summary>
internal static class PendingUpdates
{
    internal static byte[] MergeUpdatesV2(IReadOnlyList<byte[]> updates) =>
        throw new NotSupportedException("Merging pending updates needs Updates.MergeUpdatesV2 (not merged yet).");

    internal static byte[] MergeUpdatesV1(IReadOnlyList<byte[]> updates) =>
        throw new NotSupportedException("Merging pending updates needs Updates.MergeUpdates (not merged yet).");

    internal static byte[] DiffUpdateV2(byte[] update, ReadOnlyMemory<byte> stateVector) =>
        throw new NotSupportedException("Re-emitting pending structs needs Updates.DiffUpdateV2 (not merged yet).");

    internal static byte[] ConvertUpdateFormatV2ToV1(byte[] update) =>
        throw new NotSupportedException("Re-emitting pending data needs Updates.ConvertUpdateFormatV2ToV1 (not merged yet).");
}
