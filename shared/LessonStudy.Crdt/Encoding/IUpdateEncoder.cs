namespace LessonStudy.Crdt.Encoding;

/// <summary>Writes delete sets (yjs <c>DSEncoderV1</c> / <c>DSEncoderV2</c>).</summary>
public interface IDSEncoder
{
    /// <summary>The stream that takes everything not column-encoded (in V1: everything).</summary>
    Lib0Writer RestEncoder { get; }

    void ResetDsCurVal();

    void WriteDsClock(long clock);

    void WriteDsLen(long len);

    /// <summary>The finished encoding (for V2: all columns, then the rest).</summary>
    byte[] ToArray();
}

/// <summary>
/// Writes updates (yjs <c>UpdateEncoderV1</c> / <c>UpdateEncoderV2</c>). Values for
/// <see cref="WriteAny"/> and <see cref="WriteJson"/> use the JavaScript value model described in
/// <see cref="JsValue"/>.
/// </summary>
public interface IUpdateEncoder : IDSEncoder
{
    void WriteLeftId(ID id);

    void WriteRightId(ID id);

    void WriteClient(ulong client);

    void WriteInfo(byte info);

    void WriteString(string value);

    void WriteParentInfo(bool isYKey);

    void WriteTypeRef(int typeRef);

    void WriteLen(long len);

    void WriteAny(object? value);

    void WriteBuf(ReadOnlySpan<byte> buffer);

    void WriteJson(object? value);

    void WriteKey(string key);
}
