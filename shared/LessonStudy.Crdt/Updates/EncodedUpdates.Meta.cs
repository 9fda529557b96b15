using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Updates;

public static partial class EncodedUpdates
{
    private static byte[] StateVectorFromUpdate(ReadOnlyMemory<byte> update, UpdateFormat format, DecodeLimits? limits)
    {
        var reader = new LazyStructReader(UpdateCodec.CreateDecoder(format, update, limits), filterSkips: false);
        var entries = new Lib0Writer();
        var size = 0;
        if (reader.Current is { } first)
        {
            var currClient = first.Client;
            // A client's state only counts from clock 0 on, up to the first gap.
            var stopCounting = first.Clock != 0;
            var currClock = stopCounting ? 0 : first.End;
            for (var curr = reader.Current; curr is not null; curr = reader.Next())
            {
                if (currClient != curr.Client)
                {
                    if (currClock != 0)
                    {
                        size++;
                        entries.WriteVarUint(currClient);
                        entries.WriteVarUint((ulong)currClock);
                    }

                    currClient = curr.Client;
                    currClock = 0;
                    stopCounting = curr.Clock != 0;
                }

                if (curr.Kind == LazyStructKind.Skip)
                {
                    stopCounting = true;
                }

                if (!stopCounting)
                {
                    currClock = curr.End;
                }
            }

            if (currClock != 0)
            {
                size++;
                entries.WriteVarUint(currClient);
                entries.WriteVarUint((ulong)currClock);
            }
        }

        var result = new Lib0Writer(entries.Length + 5);
        result.WriteVarUint((ulong)size);
        result.WriteBytes(entries.WrittenSpan);
        return result.ToArray();
    }

    private static UpdateMeta ParseMeta(ReadOnlyMemory<byte> update, UpdateFormat format, DecodeLimits? limits)
    {
        var from = new Dictionary<ulong, long>();
        var to = new Dictionary<ulong, long>();
        var reader = new LazyStructReader(UpdateCodec.CreateDecoder(format, update, limits), filterSkips: false);
        if (reader.Current is { } first)
        {
            var currClient = first.Client;
            var currClock = first.Clock;
            from[currClient] = currClock;
            for (var curr = reader.Current; curr is not null; curr = reader.Next())
            {
                if (currClient != curr.Client)
                {
                    to[currClient] = currClock;
                    from[curr.Client] = curr.Clock;
                    currClient = curr.Client;
                }

                currClock = curr.End;
            }

            to[currClient] = currClock;
        }

        return new UpdateMeta(from, to);
    }
}
