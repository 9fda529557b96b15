using System.Globalization;
using System.Text;

namespace LessonStudy.Server.Features.Persistence.Blobs;

/// <summary>
/// Append blobs on the local folder: the position check and the write run under the name's lock, and the
/// bytes are flushed to disk before the task completes. Azure counts an append blob's blocks (at most
/// 50,000); a file does not, so the count lives in a small side file ("{file}.BLOCKS"), which the
/// document log reads to roll over at the same point on both stores.
/// </summary>
public sealed partial class LocalFolderBlobStore
{
    private const string BlockCountSuffix = ".BLOCKS";

    public async Task<BlobAppendResult> AppendAsync(string name, ReadOnlyMemory<byte> block, long expectedLength, CancellationToken cancellationToken)
    {
        if (block.IsEmpty)
        {
            throw new ArgumentException("An appended block must not be empty.", nameof(block));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(expectedLength);
        var path = Resolve(name);
        var directory = Path.GetDirectoryName(path)!;
        using var held = await BlobNameLocks.AcquireAsync(path, cancellationToken);

        var file = new FileInfo(path);
        var exists = file.Exists;
        var length = exists ? file.Length : 0;
        if (length != expectedLength || (!exists && expectedLength != 0))
        {
            throw new BlobConditionFailedException(
                $"Append to '{name}' expected length {expectedLength}, the blob {(exists ? $"has {length}" : "does not exist")}.");
        }

        var blocks = exists ? ReadBlockCount(path, length) : 0;
        if (!exists)
        {
            EnsureDirectory(directory);
        }

        await using (var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, 1, FileOptions.Asynchronous))
        {
            stream.Position = expectedLength;
            await stream.WriteAsync(block, cancellationToken);
            stream.Flush(flushToDisk: true);
        }

        if (!exists)
        {
            DirectorySync.Flush(directory);
        }

        blocks++;
        WriteBlockCount(path, blocks);
        return new BlobAppendResult(expectedLength + block.Length, blocks);
    }

    private static string BlockCountPath(string path) => path + BlockCountSuffix;

    /// <summary>
    /// No side file: a blob written whole (0 blocks). The side file is written after the data and not
    /// flushed, so after a crash it may lag by a block or be missing; harmless, a file has no real block
    /// limit. An unreadable one is replaced by the length (every block holds at least one byte), which can
    /// only make the log roll over early.
    /// </summary>
    private static int ReadBlockCount(string path, long length)
    {
        string text;
        try
        {
            text = File.ReadAllText(BlockCountPath(path), Encoding.ASCII);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return 0;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= length
            ? count
            : (int)Math.Min(length, int.MaxValue);
    }

    private static void WriteBlockCount(string path, int count) =>
        File.WriteAllText(BlockCountPath(path), count.ToString(CultureInfo.InvariantCulture), Encoding.ASCII);
}
