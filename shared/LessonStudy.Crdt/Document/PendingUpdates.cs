using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Updates;

namespace LessonStudy.Crdt;

/// <summary>
/// The document-less update operations the struct store needs for pending structs and deletions
/// (yjs <c>mergeUpdatesV2</c>, <c>diffUpdateV2</c>, <c>convertUpdateFormatV2ToV1</c>, <c>mergeUpdates</c>).
/// These inputs are the engine's own encodings of data that passed the limits once; as they
/// accumulate they are read without limits, so waiting data can never make an update fail halfway.
/// </summary>
internal static class PendingUpdates
{
    internal static readonly DecodeLimits OwnData = new()
    {
        MaxInputBytes = int.MaxValue,
        MaxStructs = int.MaxValue,
        MaxClients = int.MaxValue,
        MaxDeleteRanges = int.MaxValue,
        MaxValueDepth = int.MaxValue,
        MaxStringBytes = int.MaxValue,
    };

    internal static byte[] MergeUpdatesV2(IReadOnlyList<byte[]> updates) => EncodedUpdates.MergeUpdatesV2(AsMemory(updates), OwnData);

    internal static byte[] MergeUpdatesV1(IReadOnlyList<byte[]> updates) => EncodedUpdates.MergeUpdates(AsMemory(updates), OwnData);

    internal static byte[] DiffUpdateV2(byte[] update, ReadOnlyMemory<byte> stateVector) => EncodedUpdates.DiffUpdateV2(update, stateVector, OwnData);

    internal static byte[] ConvertUpdateFormatV2ToV1(byte[] update) => EncodedUpdates.ConvertUpdateFormatV2ToV1(update, OwnData);

    private static ReadOnlyMemory<byte>[] AsMemory(IReadOnlyList<byte[]> updates)
    {
        var result = new ReadOnlyMemory<byte>[updates.Count];
        for (var i = 0; i < updates.Count; i++)
        {
            result[i] = updates[i];
        }

        return result;
    }
}
