namespace LessonStudy.Server.Features.Persistence.Log;

/// <summary>
/// Packs a group commit's updates into as few append blocks as the block limit allows, each block a run
/// of whole records. Usually that is one block: one write for the whole group.
/// </summary>
internal static class LogBlocks
{
    public static List<byte[]> Pack(IReadOnlyList<ReadOnlyMemory<byte>> updates, int maxBlockBytes)
    {
        var maxUpdateBytes = maxBlockBytes - LogRecordFormat.HeaderBytes;
        foreach (var update in updates)
        {
            if (update.IsEmpty)
            {
                throw new ArgumentException("An update must not be empty.", nameof(updates));
            }

            if (update.Length > maxUpdateBytes)
            {
                throw new ArgumentException(
                    $"An update of {update.Length} bytes is larger than the document log accepts ({maxUpdateBytes} bytes, Storage:Log:MaxBlockBytes less an {LogRecordFormat.HeaderBytes}-byte record header).",
                    nameof(updates));
            }
        }

        var blocks = new List<byte[]>();
        var first = 0;
        while (first < updates.Count)
        {
            var size = 0;
            var end = first;
            while (end < updates.Count && size + LogRecordFormat.HeaderBytes + updates[end].Length <= maxBlockBytes)
            {
                size += LogRecordFormat.HeaderBytes + updates[end].Length;
                end++;
            }

            var block = new byte[size];
            var offset = 0;
            for (var i = first; i < end; i++)
            {
                offset += LogRecordFormat.Write(block.AsSpan(offset), updates[i].Span);
            }

            blocks.Add(block);
            first = end;
        }

        return blocks;
    }
}
