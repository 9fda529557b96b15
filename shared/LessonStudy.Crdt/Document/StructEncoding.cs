using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt;

/// <summary>
/// Writing structs and state vectors (yjs <c>encoding.js</c>: <c>writeStructs</c>,
/// <c>writeClientsStructs</c>, <c>writeStateVector</c>, <c>readStateVector</c>).
/// </summary>
internal static class StructEncoding
{
    /// <summary>JavaScript's largest safe integer: clocks and client IDs beyond it cannot come from yjs.</summary>
    internal const long MaxSafeInteger = (1L << 53) - 1;

    /// <summary>Writes one client's structs from <paramref name="clock"/> on (the first one possibly sliced).</summary>
    internal static void WriteStructs(IUpdateEncoder encoder, List<AbstractStruct> structs, ulong client, long clock)
    {
        clock = Math.Max(clock, structs[0].Id.Clock);
        var startNewStructs = StructStore.FindIndexSS(structs, clock);
        encoder.RestEncoder.WriteVarUint((ulong)(structs.Count - startNewStructs));
        encoder.WriteClient(client);
        encoder.RestEncoder.WriteVarUint((ulong)clock);
        var firstStruct = structs[startNewStructs];
        firstStruct.Write(encoder, (int)(clock - firstStruct.Id.Clock));
        for (var i = startNewStructs + 1; i < structs.Count; i++)
        {
            structs[i].Write(encoder, 0);
        }
    }

    /// <summary>
    /// Writes every struct the target state vector <paramref name="sm"/> lacks, clients in descending
    /// order (yjs <c>writeClientsStructs</c>).
    /// </summary>
    internal static void WriteClientsStructs(IUpdateEncoder encoder, StructStore store, IReadOnlyDictionary<ulong, long> sm)
    {
        var clients = new List<(ulong Client, long Clock)>(store.Clients.Count);
        foreach (var (client, clock) in sm)
        {
            if (store.GetState(client) > clock)
            {
                clients.Add((client, clock));
            }
        }

        foreach (var client in store.Clients.Keys)
        {
            if (!sm.ContainsKey(client))
            {
                clients.Add((client, 0));
            }
        }

        encoder.RestEncoder.WriteVarUint((ulong)clients.Count);
        // Higher client IDs first: yjs does this because it helps conflict resolution on the receiver.
        clients.Sort(static (a, b) => b.Client.CompareTo(a.Client));
        foreach (var (client, clock) in clients)
        {
            WriteStructs(encoder, store.Clients[client], client, clock);
        }
    }

    /// <summary>The structs a transaction added (yjs <c>writeStructsFromTransaction</c>).</summary>
    internal static void WriteStructsFromTransaction(IUpdateEncoder encoder, Transaction transaction) =>
        WriteClientsStructs(encoder, transaction.Doc.Store, transaction.BeforeStateMap);

    /// <summary>
    /// Writes a transaction's update (structs since the start, then its delete set); false when the
    /// transaction changed nothing (yjs <c>writeUpdateMessageFromTransaction</c>).
    /// </summary>
    internal static bool WriteUpdateMessageFromTransaction(IUpdateEncoder encoder, Transaction transaction)
    {
        if (transaction.DeleteSet.Clients.Count == 0 && !StateChanged(transaction))
        {
            return false;
        }

        transaction.DeleteSet.SortAndMerge();
        WriteStructsFromTransaction(encoder, transaction);
        transaction.DeleteSet.Write(encoder);
        return true;
    }

    private static bool StateChanged(Transaction transaction)
    {
        if (transaction.AfterStateMap is null)
        {
            return false;
        }

        foreach (var (client, clock) in transaction.AfterStateMap)
        {
            if (!transaction.BeforeStateMap.TryGetValue(client, out var before) || before != clock)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes a state vector, clients in descending order.</summary>
    internal static void WriteStateVector(IDSEncoder encoder, IReadOnlyDictionary<ulong, long> sv)
    {
        encoder.RestEncoder.WriteVarUint((ulong)sv.Count);
        var entries = new List<KeyValuePair<ulong, long>>(sv);
        entries.Sort(static (a, b) => b.Key.CompareTo(a.Key));
        foreach (var (client, clock) in entries)
        {
            encoder.RestEncoder.WriteVarUint(client);
            encoder.RestEncoder.WriteVarUint((ulong)clock);
        }
    }

    /// <summary>Reads a state vector (yjs <c>readStateVector</c>); a repeated client keeps the last clock.</summary>
    internal static Dictionary<ulong, long> ReadStateVector(IDSDecoder decoder)
    {
        var reader = decoder.RestDecoder;
        var count = reader.ReadVarUint();
        if (count > (ulong)reader.Limits.MaxClients)
        {
            throw new CrdtFormatException($"State vector names {count} clients, more than the limit of {reader.Limits.MaxClients}.");
        }

        var ss = new Dictionary<ulong, long>((int)Math.Min(count, 1024));
        for (ulong i = 0; i < count; i++)
        {
            var client = reader.ReadVarUint();
            var clock = reader.ReadVarUint();
            ss[client] = (long)clock;
        }

        return ss;
    }

    /// <summary>Decodes an encoded state vector (always the V1 layout).</summary>
    internal static Dictionary<ulong, long> DecodeStateVector(ReadOnlyMemory<byte> encoded, DecodeLimits limits)
    {
        CheckInputSize(encoded.Length, limits);
        return ReadStateVector(new DSDecoderV1(encoded, limits));
    }

    internal static void CheckInputSize(int length, DecodeLimits limits)
    {
        if (length > limits.MaxInputBytes)
        {
            throw new CrdtFormatException($"Input of {length} bytes exceeds the limit of {limits.MaxInputBytes} bytes.");
        }
    }
}
