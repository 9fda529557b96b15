using System.Text;

namespace LessonStudy.Server.Features.Persistence;

/// <summary>
/// Names of server nodes as they appear in log segment names ("{nodeId}-{segment}.log"): 1 to 63 of
/// a-z, 0-9, '-' and '_'. Each node appends only to its own segments, so two nodes never write one blob.
/// </summary>
public static class StorageNodeId
{
    public const int MaxLength = 63;

    public static bool IsValid(string? nodeId) =>
        !string.IsNullOrEmpty(nodeId)
        && nodeId.Length <= MaxLength
        && nodeId.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_');

    /// <summary>A valid node ID made from a machine name: lowercased, other characters turned into '-'.</summary>
    public static string FromMachineName(string machineName)
    {
        var builder = new StringBuilder(Math.Min(machineName.Length, MaxLength));
        foreach (var c in machineName.ToLowerInvariant())
        {
            if (builder.Length == MaxLength)
            {
                break;
            }

            builder.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_' ? c : '-');
        }

        var id = builder.ToString().Trim('-');
        return id.Length == 0 ? "node" : id;
    }
}
