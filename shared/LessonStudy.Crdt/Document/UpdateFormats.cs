using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt;

/// <summary>Creates V2 codecs; a seam until the encoding module's V2 codecs are merged.</summary>
internal static class UpdateFormats
{
    internal static IUpdateEncoder CreateEncoderV2() =>
        throw new NotSupportedException("The V2 update encoder is not merged yet.");

    internal static IDSEncoder CreateDSEncoderV2() =>
        throw new NotSupportedException("The V2 delete-set encoder is not merged yet.");

    internal static IDSDecoder CreateDSDecoderV2(ReadOnlyMemory<byte> data, DecodeLimits limits) =>
        throw new NotSupportedException("The V2 delete-set decoder is not merged yet.");

    internal static IUpdateDecoder CreateDecoderV2(ReadOnlyMemory<byte> data, DecodeLimits limits) =>
        throw new NotSupportedException("The V2 update decoder is not merged yet.");
}
