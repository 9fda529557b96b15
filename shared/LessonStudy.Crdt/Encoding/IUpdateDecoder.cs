namespace LessonStudy.Crdt.Encoding;

/// <summary>Reads delete sets (yjs <c>DSDecoderV1</c> / <c>DSDecoderV2</c>).</summary>
public interface IDSDecoder
{
    /// <summary>The stream of everything not column-encoded (in V1: everything).</summary>
    Lib0Reader RestDecoder { get; }

    void ResetDsCurVal();

    long ReadDsClock();

    long ReadDsLen();
}

/// <summary>
/// Reads updates (yjs <c>UpdateDecoderV1</c> / <c>UpdateDecoderV2</c>). Every method throws only
/// <see cref="CrdtFormatException"/>.
/// </summary>
public interface IUpdateDecoder : IDSDecoder
{
    ID ReadLeftId();

    ID ReadRightId();

    ulong ReadClient();

    byte ReadInfo();

    string ReadString();

    bool ReadParentInfo();

    int ReadTypeRef();

    long ReadLen();

    object? ReadAny();

    /// <summary>A copy of the bytes (callers keep it).</summary>
    byte[] ReadBuf();

    object? ReadJson();

    string ReadKey();
}
