using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Updates;

/// <summary>
/// Operations on encoded updates that need no document (yjs <c>utils/updates.js</c>): merging,
/// diffing against a state vector, state vectors and clock ranges of an update, and V1/V2
/// conversion. Outputs keep deleted content (nothing is garbage collected), fill clock gaps
/// with Skip structs and carry the delete sets along. Every input is untrusted: malformed bytes
/// throw only <see cref="CrdtFormatException"/>.
/// </summary>
public static partial class EncodedUpdates
{
    /// <summary>
    /// Merges V1 updates into one V1 update that a document reads to the same state as all of them
    /// (yjs <c>mergeUpdates</c>): per client, structs in clock order, overlaps sliced off, gaps
    /// filled with Skip structs, deleted content kept, delete sets united. It runs in time linear
    /// in the input (times a log factor), where yjs re-sorts all readers per struct.
    /// <para>
    /// The bytes equal yjs's for inputs whose blocks list clients in descending order, which is
    /// every update yjs writes. One case needs yjs's own loop: where a GC and an item of different
    /// updates start at the same clock, yjs's comparator is inconsistent and its choice comes from
    /// how V8's sort walks the reader array; for such inputs up to 20 million (updates × structs)
    /// that loop is replayed with a step-exact port of V8's sort (about a tenth of a second at the
    /// limit), above it the linear merger decides, exactly for two tied readers and possibly not
    /// for three or more (the state read is the same either way). The bytes also differ (a) when
    /// an input lists clients in another order or a client twice: yjs then writes a client in
    /// several blocks, of which its own reader keeps only the last, while here each client is
    /// written once, in descending order, losing nothing; and (b) when a delete set holds an empty
    /// range, which is dropped. A single update is returned unchanged (copied, not validated), as
    /// yjs returns it.
    /// </para>
    /// </summary>
    public static byte[] MergeUpdates(IReadOnlyList<ReadOnlyMemory<byte>> updates, DecodeLimits? limits = null) =>
        Merge(updates, UpdateFormat.V1, limits);

    /// <summary>Merges V2 updates into one V2 update (yjs <c>mergeUpdatesV2</c>).</summary>
    public static byte[] MergeUpdatesV2(IReadOnlyList<ReadOnlyMemory<byte>> updates, DecodeLimits? limits = null) =>
        Merge(updates, UpdateFormat.V2, limits);

    /// <summary>
    /// The part of a V1 update that a peer with state vector <paramref name="stateVector"/> is
    /// missing (yjs <c>diffUpdate</c>); the whole delete set is kept.
    /// </summary>
    public static byte[] DiffUpdate(ReadOnlyMemory<byte> update, ReadOnlyMemory<byte> stateVector, DecodeLimits? limits = null) =>
        Diff(update, stateVector, UpdateFormat.V1, limits);

    /// <summary>The V2 form of <see cref="DiffUpdate"/> (yjs <c>diffUpdateV2</c>).</summary>
    public static byte[] DiffUpdateV2(ReadOnlyMemory<byte> update, ReadOnlyMemory<byte> stateVector, DecodeLimits? limits = null) =>
        Diff(update, stateVector, UpdateFormat.V2, limits);

    /// <summary>
    /// The state vector a document would have after applying only this V1 update to an empty
    /// document (yjs <c>encodeStateVectorFromUpdate</c>): per client, the end of the run that
    /// starts at clock 0 and has no gap. Clients appear in update order, as in yjs.
    /// </summary>
    public static byte[] EncodeStateVectorFromUpdate(ReadOnlyMemory<byte> update, DecodeLimits? limits = null) =>
        StateVectorFromUpdate(update, UpdateFormat.V1, limits);

    /// <summary>The V2 form of <see cref="EncodeStateVectorFromUpdate"/> (same output bytes).</summary>
    public static byte[] EncodeStateVectorFromUpdateV2(ReadOnlyMemory<byte> update, DecodeLimits? limits = null) =>
        StateVectorFromUpdate(update, UpdateFormat.V2, limits);

    /// <summary>Per client, the first and the end clock a V1 update covers (yjs <c>parseUpdateMeta</c>).</summary>
    public static UpdateMeta ParseUpdateMeta(ReadOnlyMemory<byte> update, DecodeLimits? limits = null) =>
        ParseMeta(update, UpdateFormat.V1, limits);

    /// <summary>The V2 form of <see cref="ParseUpdateMeta"/>.</summary>
    public static UpdateMeta ParseUpdateMetaV2(ReadOnlyMemory<byte> update, DecodeLimits? limits = null) =>
        ParseMeta(update, UpdateFormat.V2, limits);

    /// <summary>Re-encodes a V1 update as V2, byte-identical to yjs <c>convertUpdateFormatV1ToV2</c>.</summary>
    public static byte[] ConvertUpdateFormatV1ToV2(ReadOnlyMemory<byte> update, DecodeLimits? limits = null) =>
        Convert(update, UpdateFormat.V1, UpdateFormat.V2, limits);

    /// <summary>Re-encodes a V2 update as V1, byte-identical to yjs <c>convertUpdateFormatV2ToV1</c>.</summary>
    public static byte[] ConvertUpdateFormatV2ToV1(ReadOnlyMemory<byte> update, DecodeLimits? limits = null) =>
        Convert(update, UpdateFormat.V2, UpdateFormat.V1, limits);

    private static byte[] Convert(ReadOnlyMemory<byte> update, UpdateFormat from, UpdateFormat to, DecodeLimits? limits)
    {
        var decoder = UpdateCodec.CreateDecoder(from, update, limits);
        var reader = new LazyStructReader(decoder, filterSkips: false);
        var writer = new LazyStructWriter();
        for (var curr = reader.Current; curr is not null; curr = reader.Next())
        {
            writer.Write(curr, 0);
        }

        var ds = new DeleteSet();
        var ranges = 0;
        UpdateDeleteSet.ReadAppend(ds, decoder, ref ranges);
        return Encode(writer, ds, to);
    }

    private static byte[] Diff(ReadOnlyMemory<byte> update, ReadOnlyMemory<byte> stateVector, UpdateFormat format, DecodeLimits? limits)
    {
        var state = DecodeStateVector(stateVector, limits);
        var decoder = UpdateCodec.CreateDecoder(format, update, limits);
        var reader = new LazyStructReader(decoder, filterSkips: false);
        var writer = new LazyStructWriter();
        while (reader.Current is { } curr)
        {
            var client = curr.Client;
            var svClock = state.GetValueOrDefault(client);
            if (curr.Kind == LazyStructKind.Skip)
            {
                // The first struct written for a client must not be a Skip.
                reader.Next();
                continue;
            }

            if (curr.End > svClock)
            {
                writer.Write(curr, Math.Max(svClock - curr.Clock, 0));
                for (var next = reader.Next(); next is not null && next.Client == client; next = reader.Next())
                {
                    writer.Write(next, 0);
                }
            }
            else
            {
                // Pass over what the peer has until something new comes up.
                for (var next = reader.Next(); next is not null && next.Client == client && next.End <= svClock; next = reader.Next())
                {
                }
            }
        }

        var ds = new DeleteSet();
        var ranges = 0;
        UpdateDeleteSet.ReadAppend(ds, decoder, ref ranges);
        return Encode(writer, ds, format);
    }

    /// <summary>Writes the collected structs, then the delete set.</summary>
    private static byte[] Encode(LazyStructWriter writer, DeleteSet ds, UpdateFormat format)
    {
        var encoder = UpdateCodec.CreateEncoder(format);
        try
        {
            writer.Finish(encoder);
        }
        catch (ArgumentException ex) when (format == UpdateFormat.V1)
        {
            // A V2 format value V1 cannot carry (a bigint has no JSON form; yjs throws a TypeError).
            throw new CrdtFormatException($"The update holds a value the V1 format cannot encode: {ex.Message}", ex);
        }

        if (format == UpdateFormat.V2)
        {
            // A delete set that lists a client twice, or out of order, has no V2 encoding as is.
            UpdateDeleteSet.OrderForV2(ds);
        }

        UpdateDeleteSet.Write(ds, encoder);
        return encoder.ToArray();
    }

    /// <summary>yjs <c>decodeStateVector</c>: later entries for a client overwrite earlier ones.</summary>
    private static Dictionary<ulong, long> DecodeStateVector(ReadOnlyMemory<byte> stateVector, DecodeLimits? limits)
    {
        var reader = new Lib0Reader(stateVector, limits);
        var count = reader.ReadVarUintAsLength("State vector length", reader.Limits.MaxClients);
        var state = new Dictionary<ulong, long>(Math.Min(count, 1024));
        for (var i = 0; i < count; i++)
        {
            var client = reader.ReadVarUint();
            var clock = reader.ReadVarUint();
            state[client] = clock > long.MaxValue ? long.MaxValue : (long)clock;
        }

        return state;
    }
}
