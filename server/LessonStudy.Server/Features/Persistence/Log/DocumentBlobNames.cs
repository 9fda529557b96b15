using System.Globalization;

namespace LessonStudy.Server.Features.Persistence.Log;

/// <summary>
/// The names of one document's blobs (docs/storage.md): "documents/{id}/snapshot-{n:D10}.bin" and
/// "documents/{id}/log/{nodeId}-{segment:D10}.log". Numbers are zero-padded so that name order is number
/// order. Snapshots refer to segments by their name relative to the document's folder ("log/...").
/// </summary>
internal sealed class DocumentBlobNames(string documentId)
{
    private const string SnapshotPrefix = "snapshot-";
    private const string SnapshotSuffix = ".bin";
    private const string SegmentFolder = "log/";
    private const string SegmentSuffix = ".log";
    private const int NumberDigits = 10;

    public string Folder { get; } = $"documents/{documentId}/";

    public string SnapshotListPrefix => Folder + SnapshotPrefix;

    /// <summary>A snapshot's name relative to the document folder.</summary>
    public static string Snapshot(long number) => SnapshotPrefix + Number(number) + SnapshotSuffix;

    /// <summary>A segment's name relative to the document folder.</summary>
    public static string Segment(string nodeId, long number) => SegmentFolder + nodeId + "-" + Number(number) + SegmentSuffix;

    public string Blob(string relativeName) => Folder + relativeName;

    /// <summary>The number of a snapshot, from its full blob name; null for any other blob.</summary>
    public long? ParseSnapshot(string name)
    {
        if (!name.StartsWith(Folder, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = name.AsSpan(Folder.Length);
        return relative.Length == SnapshotPrefix.Length + NumberDigits + SnapshotSuffix.Length
            && relative.StartsWith(SnapshotPrefix, StringComparison.Ordinal)
            && relative.EndsWith(SnapshotSuffix, StringComparison.Ordinal)
            ? ParseNumber(relative.Slice(SnapshotPrefix.Length, NumberDigits))
            : null;
    }

    /// <summary>A segment's relative name, node and number, from its full blob name; null for any other blob.</summary>
    public (string Relative, string NodeId, long Number)? ParseSegment(string name)
    {
        if (!name.StartsWith(Folder + SegmentFolder, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = name[Folder.Length..];
        var file = relative.AsSpan(SegmentFolder.Length);
        var nodeLength = file.Length - 1 - NumberDigits - SegmentSuffix.Length;
        if (nodeLength < 1 || !file.EndsWith(SegmentSuffix, StringComparison.Ordinal) || file[nodeLength] != '-')
        {
            return null;
        }

        var nodeId = file[..nodeLength].ToString();
        var number = ParseNumber(file.Slice(nodeLength + 1, NumberDigits));
        return number is { } n && StorageNodeId.IsValid(nodeId) ? (relative, nodeId, n) : null;
    }

    private static string Number(long number) => number.ToString("D10", CultureInfo.InvariantCulture);

    private static long? ParseNumber(ReadOnlySpan<char> digits)
    {
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return null;
            }
        }

        return long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
