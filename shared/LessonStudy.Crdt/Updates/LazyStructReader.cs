using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Updates;

/// <summary>
/// Reads the structs of an encoded update one at a time, without a document (yjs
/// <c>LazyStructReader</c>). After the last struct the decoder is positioned at the delete set.
/// Counts and clocks are checked against <see cref="DecodeLimits"/>, so a V2 update whose
/// run-length columns claim billions of structs is refused rather than expanded.
/// </summary>
internal sealed class LazyStructReader
{
    /// <summary>Clocks are JavaScript numbers: past 2^53 a yjs peer could not represent them.</summary>
    private const long MaxClock = (1L << 53) - 1;

    private readonly IUpdateDecoder _decoder;
    private readonly Lib0Reader _rest;
    private readonly bool _filterSkips;
    private readonly int _maxStructs;
    private int _blocksLeft;
    private ulong _structsLeft;
    private int _structsRead;
    private ulong _client;
    private long _clock;

    /// <param name="decoder">Positioned at the start of an update.</param>
    /// <param name="filterSkips">Whether to pass over Skip structs (merging re-creates them).</param>
    public LazyStructReader(IUpdateDecoder decoder, bool filterSkips)
    {
        _decoder = decoder;
        _rest = decoder.RestDecoder;
        _filterSkips = filterSkips;
        _maxStructs = _rest.Limits.MaxStructs;
        _blocksLeft = _rest.ReadVarUintAsLength("Client block count", _rest.Limits.MaxClients);
        Next();
    }

    /// <summary>The current struct, or <c>null</c> after the last one.</summary>
    public LazyStruct? Current { get; private set; }

    /// <summary>Moves to the next struct and returns it (<c>null</c> at the end).</summary>
    public LazyStruct? Next()
    {
        do
        {
            Current = ReadStruct();
        }
        while (_filterSkips && Current is { Kind: LazyStructKind.Skip });

        return Current;
    }

    private LazyStruct? ReadStruct()
    {
        while (_structsLeft == 0)
        {
            if (_blocksLeft == 0)
            {
                return null;
            }

            _blocksLeft--;
            _structsLeft = _rest.ReadVarUint();
            _client = _decoder.ReadClient();
            _clock = CheckClock(_rest.ReadVarUint());
        }

        _structsLeft--;
        if (++_structsRead > _maxStructs)
        {
            throw new CrdtFormatException($"The update has more than {_maxStructs} structs.");
        }

        var info = _decoder.ReadInfo();
        LazyStruct result;
        if (info == 10)
        {
            result = LazyStruct.CreateSkip(_client, _clock, CheckClock(_rest.ReadVarUint()));
        }
        else if ((info & 0x1F) != 0)
        {
            result = ReadItem(info);
        }
        else
        {
            var len = _decoder.ReadLen();
            if (len < 0)
            {
                throw new CrdtFormatException($"Negative GC length {len} for client {_client} at clock {_clock}.");
            }

            result = LazyStruct.CreateGC(_client, _clock, len);
        }

        _clock = CheckClock((ulong)result.End);
        return result;
    }

    private LazyStruct ReadItem(byte info)
    {
        // Without an origin the receiver cannot copy parent and key from a neighbour, so they are written.
        var cantCopyParentInfo = (info & 0xC0) == 0;
        ID? origin = (info & 0x80) != 0 ? _decoder.ReadLeftId() : null;
        ID? rightOrigin = (info & 0x40) != 0 ? _decoder.ReadRightId() : null;
        string? parentName = null;
        ID? parentId = null;
        string? parentSub = null;
        if (cantCopyParentInfo)
        {
            if (_decoder.ReadParentInfo())
            {
                parentName = _decoder.ReadString();
            }
            else
            {
                parentId = _decoder.ReadLeftId();
            }

            if ((info & 0x20) != 0)
            {
                parentSub = _decoder.ReadString();
            }
        }

        var content = ItemContentReader.Read(_decoder, info);
        return LazyStruct.CreateItem(_client, _clock, origin, rightOrigin, parentName, parentId, parentSub, content);
    }

    private long CheckClock(ulong clock)
    {
        if (clock > MaxClock)
        {
            throw new CrdtFormatException($"Clock {clock} of client {_client} exceeds 2^53 - 1.");
        }

        return (long)clock;
    }
}
