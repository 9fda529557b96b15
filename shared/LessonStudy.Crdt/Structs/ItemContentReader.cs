using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Structs;

/// <summary>Reads item content by its ref (yjs <c>readItemContent</c> / <c>contentRefs</c>).</summary>
internal static class ItemContentReader
{
    internal static IContent Read(IUpdateDecoder decoder, byte info) => (info & 0x1F) switch
    {
        1 => ContentDeleted.Read(decoder),
        2 => ContentJSON.Read(decoder),
        3 => ContentBinary.Read(decoder),
        4 => ContentString.Read(decoder),
        5 => ContentEmbed.Read(decoder),
        6 => ContentFormat.Read(decoder),
        7 => ContentType.Read(decoder),
        8 => ContentAny.Read(decoder),
        9 => ContentDoc.Read(decoder),
        var r => throw new CrdtFormatException($"Unknown content ref {r}."),
    };

    /// <summary>A length or element count, which must be positive and fit an <see cref="int"/>.</summary>
    internal static int ReadLength(IUpdateDecoder decoder)
    {
        var len = decoder.ReadLen();
        if (len <= 0 || len > int.MaxValue)
        {
            throw new CrdtFormatException($"Invalid content length {len}.");
        }

        return (int)len;
    }
}
