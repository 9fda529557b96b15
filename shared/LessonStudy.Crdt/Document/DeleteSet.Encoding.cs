using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt;

public sealed partial class DeleteSet
{
    /// <summary>Writes the set, clients in descending order (yjs <c>writeDeleteSet</c>).</summary>
    internal void Write(IDSEncoder encoder)
    {
        encoder.RestEncoder.WriteVarUint((ulong)Clients.Count);
        var entries = new List<KeyValuePair<ulong, List<DeleteItem>>>(Clients);
        entries.Sort(static (a, b) => b.Key.CompareTo(a.Key));
        foreach (var (client, items) in entries)
        {
            encoder.ResetDsCurVal();
            encoder.RestEncoder.WriteVarUint(client);
            encoder.RestEncoder.WriteVarUint((ulong)items.Count);
            foreach (var item in items)
            {
                encoder.WriteDsClock(item.Clock);
                encoder.WriteDsLen(item.Len);
            }
        }
    }

    /// <summary>
    /// Reads a delete set as written (yjs <c>readDeleteSet</c>): ranges in stream order, a client
    /// with no ranges left out. Throws <see cref="CrdtFormatException"/> on malformed input.
    /// </summary>
    internal static DeleteSet Read(IDSDecoder decoder)
    {
        var ds = new DeleteSet();
        foreach (var (client, items) in ReadBlocks(decoder))
        {
            if (items.Count == 0)
            {
                continue;
            }

            if (ds.Clients.TryGetValue(client, out var existing))
            {
                existing.AddRange(items);
            }
            else
            {
                ds.Clients[client] = items;
            }
        }

        return ds;
    }

    /// <summary>
    /// Reads the client blocks of an encoded delete set in stream order, validating counts against
    /// the limits and every range against JavaScript's safe-integer clock range.
    /// </summary>
    internal static List<(ulong Client, List<DeleteItem> Items)> ReadBlocks(IDSDecoder decoder)
    {
        var reader = decoder.RestDecoder;
        var limits = reader.Limits;
        var numClients = reader.ReadVarUint();
        if (numClients > (ulong)limits.MaxClients)
        {
            throw new CrdtFormatException($"Delete set names {numClients} clients, more than the limit of {limits.MaxClients}.");
        }

        var blocks = new List<(ulong, List<DeleteItem>)>((int)Math.Min(numClients, 256));
        long totalRanges = 0;
        for (ulong i = 0; i < numClients; i++)
        {
            decoder.ResetDsCurVal();
            var client = reader.ReadVarUint();
            var numberOfDeletes = reader.ReadVarUint();
            totalRanges += (long)Math.Min(numberOfDeletes, (ulong)int.MaxValue);
            if (totalRanges > limits.MaxDeleteRanges)
            {
                throw new CrdtFormatException($"Delete set has more than {limits.MaxDeleteRanges} ranges.");
            }

            var items = new List<DeleteItem>((int)Math.Min(numberOfDeletes, 256));
            for (ulong j = 0; j < numberOfDeletes; j++)
            {
                var clock = decoder.ReadDsClock();
                var len = decoder.ReadDsLen();
                if (clock > StructEncoding.MaxSafeInteger || len > StructEncoding.MaxSafeInteger - clock)
                {
                    throw new CrdtFormatException($"Delete range ({client},{clock}) of length {len} exceeds the clock range.");
                }

                items.Add(new DeleteItem(clock, len));
            }

            blocks.Add((client, items));
        }

        return blocks;
    }
}
