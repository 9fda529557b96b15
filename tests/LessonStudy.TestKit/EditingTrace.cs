using System.IO.Compression;
using System.Text.Json;

namespace LessonStudy.TestKit;

/// <summary>
/// A sequential editing trace of <c>josephg/editing-traces</c> (see <c>../shared/traces/README.md</c>):
/// transactions of patches <c>[position, deleted, inserted]</c> with splice semantics, positions in
/// UTF-16 code units for the traces we ship.
/// </summary>
public sealed class EditingTrace
{
    private EditingTrace(string name, string startContent, string endContent, IReadOnlyList<TracePatch[]> transactions)
    {
        Name = name;
        StartContent = startContent;
        EndContent = endContent;
        Transactions = transactions;
    }

    /// <summary>The three traces shipped in <c>../shared/traces</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["automerge-paper", "seph-blog1", "friendsforever_flat"];

    public string Name { get; }

    public string StartContent { get; }

    public string EndContent { get; }

    public IReadOnlyList<TracePatch[]> Transactions { get; }

    public int PatchCount => Transactions.Sum(t => t.Length);

    public static EditingTrace Load(string name)
    {
        var path = Path.Combine(RepoPaths.Traces, name + ".json.gz");
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var json = JsonDocument.Parse(gzip);
        var root = json.RootElement;
        var txns = new List<TracePatch[]>();
        foreach (var txn in root.GetProperty("txns").EnumerateArray())
        {
            var patches = txn.GetProperty("patches");
            var list = new TracePatch[patches.GetArrayLength()];
            var i = 0;
            foreach (var patch in patches.EnumerateArray())
            {
                list[i++] = new TracePatch(patch[0].GetInt32(), patch[1].GetInt32(), patch[2].GetString() ?? string.Empty);
            }

            txns.Add(list);
        }

        return new EditingTrace(
            name,
            root.GetProperty("startContent").GetString() ?? string.Empty,
            root.GetProperty("endContent").GetString() ?? string.Empty,
            txns);
    }
}

/// <summary>At <see cref="Position"/>, delete <see cref="Deleted"/> characters, then insert <see cref="Inserted"/>.</summary>
public readonly record struct TracePatch(int Position, int Deleted, string Inserted);
