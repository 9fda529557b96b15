using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Tests.Encoding;

/// <summary>Seeded input mutations for the decoder fuzz tests.</summary>
internal static class Mutator
{
    private static readonly byte[] Interesting = [0x00, 0x01, 0x40, 0x41, 0x7f, 0x80, 0xff, 0x74, 0x75, 0x76, 0x77, 0x7a, 0x7b, 0x7c, 0x7d];

    public static byte[] Next(Random random, byte[][] corpus)
    {
        if (random.Next(20) == 0)
        {
            var bytes = new byte[random.Next(0, 48)];
            random.NextBytes(bytes);
            return bytes;
        }

        var data = new List<byte>(corpus[random.Next(corpus.Length)]);
        var mutations = 1 + random.Next(4);
        for (var m = 0; m < mutations; m++)
        {
            switch (random.Next(7))
            {
                case 0 when data.Count > 0:
                    data[random.Next(data.Count)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when data.Count > 0:
                    data[random.Next(data.Count)] = Interesting[random.Next(Interesting.Length)];
                    break;
                case 2:
                    data.Insert(random.Next(data.Count + 1), Interesting[random.Next(Interesting.Length)]);
                    break;
                case 3 when data.Count > 0:
                    {
                        var at = random.Next(data.Count);
                        data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(8)));
                        break;
                    }

                case 4 when data.Count > 0:
                    {
                        var at = random.Next(data.Count);
                        data.RemoveRange(at, data.Count - at);
                        break;
                    }

                case 5 when data.Count > 0:
                    {
                        var at = random.Next(data.Count);
                        var chunk = data.GetRange(at, Math.Min(data.Count - at, 1 + random.Next(16)));
                        data.InsertRange(random.Next(data.Count + 1), chunk);
                        break;
                    }

                default:
                    if (data.Count > 0)
                    {
                        data[random.Next(data.Count)] = (byte)random.Next(256);
                    }

                    break;
            }
        }

        return [.. data];
    }
}

/// <summary>Caps the decoder calls per fuzz input, since RLE columns may repeat values forever.</summary>
internal sealed class Budget
{
    private int _left = 4000;

    public bool Take() => _left-- > 0;
}

/// <summary>
/// Reads an update the way yjs's <c>readClientsStructRefs</c>, <c>readItemContent</c> and
/// <c>readDeleteSet</c> call the decoder, without building structs: enough to drive every
/// decoder method in a realistic order.
/// </summary>
internal static class UpdateDriver
{
    public static void Read(IUpdateDecoder decoder)
    {
        var budget = new Budget();
        var rest = decoder.RestDecoder;
        var numClients = rest.ReadVarUint();
        for (ulong c = 0; c < numClients && budget.Take(); c++)
        {
            var numStructs = rest.ReadVarUint();
            decoder.ReadClient();
            rest.ReadVarUint();
            for (ulong s = 0; s < numStructs && budget.Take(); s++)
            {
                ReadStruct(decoder, budget);
            }
        }

        ReadDeleteSet(decoder, budget);
    }

    public static void ReadDeleteSet(IDSDecoder decoder, Budget budget)
    {
        var rest = decoder.RestDecoder;
        var numClients = rest.ReadVarUint();
        for (ulong c = 0; c < numClients && budget.Take(); c++)
        {
            decoder.ResetDsCurVal();
            rest.ReadVarUint();
            var numRanges = rest.ReadVarUint();
            for (ulong r = 0; r < numRanges && budget.Take(); r++)
            {
                decoder.ReadDsClock();
                decoder.ReadDsLen();
            }
        }
    }

    private static void ReadStruct(IUpdateDecoder decoder, Budget budget)
    {
        var info = decoder.ReadInfo();
        switch (info & 0x1F)
        {
            case 0:
                decoder.ReadLen();
                return;
            case 10:
                decoder.RestDecoder.ReadVarUint();
                return;
        }

        if ((info & 0x80) != 0)
        {
            decoder.ReadLeftId();
        }

        if ((info & 0x40) != 0)
        {
            decoder.ReadRightId();
        }

        if ((info & 0xC0) == 0)
        {
            if (decoder.ReadParentInfo())
            {
                decoder.ReadString();
            }
            else
            {
                decoder.ReadLeftId();
            }

            if ((info & 0x20) != 0)
            {
                decoder.ReadString();
            }
        }

        switch (info & 0x1F)
        {
            case 1:
                decoder.ReadLen();
                break;
            case 2:
                for (long i = decoder.ReadLen(); i > 0 && budget.Take(); i--)
                {
                    var text = decoder.ReadString();
                    if (text != "undefined")
                    {
                        JsJson.Parse(text);
                    }
                }

                break;
            case 3:
                decoder.ReadBuf();
                break;
            case 4:
                decoder.ReadString();
                break;
            case 5:
                decoder.ReadJson();
                break;
            case 6:
                decoder.ReadKey();
                decoder.ReadJson();
                break;
            case 7:
                var typeRef = decoder.ReadTypeRef();
                if (typeRef is 3 or 5)
                {
                    decoder.ReadKey();
                }

                break;
            case 8:
                for (long i = decoder.ReadLen(); i > 0 && budget.Take(); i--)
                {
                    decoder.ReadAny();
                }

                break;
            case 9:
                decoder.ReadString();
                decoder.ReadAny();
                break;
            default:
                throw new CrdtFormatException($"Unknown content ref {info & 0x1F}.");
        }
    }
}
