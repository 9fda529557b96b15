using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;
using GC = LessonStudy.Crdt.Structs.GC;

namespace LessonStudy.Crdt;

/// <summary>One client's decoded structs and how far integration got (yjs <c>{ i, refs }</c>).</summary>
internal sealed class StructRefs(List<AbstractStruct> refs)
{
    internal List<AbstractStruct> Refs = refs;

    internal int I;
}

/// <summary>
/// An update decoded and validated in full before anything touches a document: the structs per
/// client and the delete set blocks in stream order. Decoding has no side effects, so a
/// <see cref="CrdtFormatException"/> leaves the document as it was.
/// </summary>
internal sealed class DecodedUpdate
{
    private DecodedUpdate(Dictionary<ulong, StructRefs> clientRefs, List<(ulong Client, List<DeleteItem> Items)> deleteBlocks)
    {
        ClientRefs = clientRefs;
        DeleteBlocks = deleteBlocks;
    }

    internal Dictionary<ulong, StructRefs> ClientRefs { get; }

    internal List<(ulong Client, List<DeleteItem> Items)> DeleteBlocks { get; }

    /// <summary>Decodes and validates a whole update; throws only <see cref="CrdtFormatException"/>.</summary>
    internal static DecodedUpdate Decode(IUpdateDecoder decoder)
    {
        try
        {
            var refs = ReadClientsStructRefs(decoder);
            var ds = DeleteSet.ReadBlocks(decoder);
            return new DecodedUpdate(refs, ds);
        }
        catch (CrdtFormatException)
        {
            throw;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException or IndexOutOfRangeException or NotSupportedException)
        {
            throw new CrdtFormatException($"Malformed update: {e.Message}", e);
        }
    }

    /// <summary>
    /// Reads the struct section (yjs <c>readClientsStructRefs</c>). Root parents stay names until
    /// integration (yjs calls <c>doc.get</c> while reading; that is deferred so reading has no effect).
    /// A client block that repeats a client replaces the earlier one, as in yjs.
    /// </summary>
    private static Dictionary<ulong, StructRefs> ReadClientsStructRefs(IUpdateDecoder decoder)
    {
        var reader = decoder.RestDecoder;
        var limits = reader.Limits;
        var numOfStateUpdates = reader.ReadVarUint();
        if (numOfStateUpdates > (ulong)limits.MaxClients)
        {
            throw new CrdtFormatException($"Update names {numOfStateUpdates} clients, more than the limit of {limits.MaxClients}.");
        }

        var clientRefs = new Dictionary<ulong, StructRefs>((int)Math.Min(numOfStateUpdates, 64));
        long totalStructs = 0;
        for (ulong i = 0; i < numOfStateUpdates; i++)
        {
            var numberOfStructs = reader.ReadVarUint();
            totalStructs += (long)Math.Min(numberOfStructs, (ulong)int.MaxValue);
            if (totalStructs > limits.MaxStructs)
            {
                throw new CrdtFormatException($"Update has more than {limits.MaxStructs} structs.");
            }

            var client = decoder.ReadClient();
            var clock = (long)reader.ReadVarUint();
            var refs = new List<AbstractStruct>((int)Math.Min(numberOfStructs, 1024));
            for (ulong s = 0; s < numberOfStructs; s++)
            {
                var str = ReadStruct(decoder, client, clock);
                if (str.Length <= 0 || str.Length > StructEncoding.MaxSafeInteger - clock)
                {
                    throw new CrdtFormatException($"Struct ({client},{clock}) has invalid length {str.Length}.");
                }

                refs.Add(str);
                clock += str.Length;
            }

            clientRefs[client] = new StructRefs(refs);
        }

        return clientRefs;
    }

    private static AbstractStruct ReadStruct(IUpdateDecoder decoder, ulong client, long clock)
    {
        var id = new ID(client, clock);
        var info = decoder.ReadInfo();
        switch (info & 0x1F)
        {
            case GC.StructGCRefNumber:
                return new GC(id, ReadStructLength(decoder.ReadLen()));
            case Skip.StructSkipRefNumber:
                // Skips write their length plainly into the rest stream (not the length column).
                return new Skip(id, ReadStructLength((long)decoder.RestDecoder.ReadVarUint()));
            default:
                return ReadItem(decoder, id, info);
        }
    }

    private static Item ReadItem(IUpdateDecoder decoder, ID id, byte info)
    {
        ID? origin = (info & 0x80) != 0 ? decoder.ReadLeftId() : null;
        ID? rightOrigin = (info & 0x40) != 0 ? decoder.ReadRightId() : null;
        var cantCopyParentInfo = (info & 0xC0) == 0;
        object? parent = null;
        string? parentSub = null;
        if (cantCopyParentInfo)
        {
            parent = decoder.ReadParentInfo() ? decoder.ReadString() : decoder.ReadLeftId();
            if ((info & 0x20) != 0)
            {
                parentSub = decoder.ReadString();
            }
        }

        // A client only refers to its own earlier structs; anything else would make integration
        // look for structs that cannot exist.
        CheckOwnReference(id, origin, "origin");
        CheckOwnReference(id, rightOrigin, "right origin");
        CheckOwnReference(id, parent as ID?, "parent");
        var content = ItemContentReader.Read(decoder, info);
        return new Item(id, null, origin, null, rightOrigin, parent, parentSub, content);
    }

    private static void CheckOwnReference(ID id, ID? reference, string what)
    {
        if (reference is { } r && r.Client == id.Client && r.Clock >= id.Clock)
        {
            throw new CrdtFormatException($"Item {id} has {what} {r} that is not an earlier struct of its client.");
        }
    }

    private static int ReadStructLength(long len)
    {
        if (len <= 0 || len > int.MaxValue)
        {
            throw new CrdtFormatException($"Invalid struct length {len}.");
        }

        return (int)len;
    }
}
