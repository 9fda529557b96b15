using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Updates;

/// <summary>The two yjs update encodings.</summary>
public enum UpdateFormat
{
    /// <summary><c>UpdateEncoderV1</c>: what the sync protocol and <c>encodeStateAsUpdate</c> use.</summary>
    V1,

    /// <summary><c>UpdateEncoderV2</c>: column-wise with run-length encoding.</summary>
    V2,
}

/// <summary>Creates the encoder and decoder of a format.</summary>
internal static class UpdateCodec
{
    public static IUpdateDecoder CreateDecoder(UpdateFormat format, ReadOnlyMemory<byte> update, DecodeLimits? limits = null)
    {
        var reader = new Lib0Reader(update, limits);
        return format == UpdateFormat.V1 ? new UpdateDecoderV1(reader) : new UpdateDecoderV2(reader);
    }

    public static IUpdateEncoder CreateEncoder(UpdateFormat format) =>
        format == UpdateFormat.V1 ? new UpdateEncoderV1() : new UpdateEncoderV2();
}
