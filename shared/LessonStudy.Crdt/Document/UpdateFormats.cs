using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt;

/// <summary>Creates the V2 codecs (kept as one place so the engine's V2 uses are easy to find).</summary>
internal static class UpdateFormats
{
    internal static IUpdateEncoder CreateEncoderV2() => new UpdateEncoderV2();

    internal static IDSEncoder CreateDSEncoderV2() => new DSEncoderV2();

    internal static IDSDecoder CreateDSDecoderV2(ReadOnlyMemory<byte> data, DecodeLimits limits) => new DSDecoderV2(data, limits);

    internal static IUpdateDecoder CreateDecoderV2(ReadOnlyMemory<byte> data, DecodeLimits limits) => new UpdateDecoderV2(data, limits);
}
