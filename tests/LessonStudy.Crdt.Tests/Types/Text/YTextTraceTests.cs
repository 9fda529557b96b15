using System.IO.Compression;
using System.Text.Json;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Tests.Types.Text;

/// <summary>
/// Real editing traces (josephg/editing-traces, see <c>shared/traces/README.md</c>) replayed as
/// local edits, one transaction per trace transaction; the text must end as the trace's
/// <c>endContent</c>.
/// </summary>
public class YTextTraceTests
{
    [Theory]
    [InlineData("automerge-paper.json.gz")]
    [InlineData("seph-blog1.json.gz")]
    [InlineData("friendsforever_flat.json.gz")]
    public void Replay_Trace_EndsWithEndContent(string file)
    {
        var trace = EditingTrace.Load(file);
        var doc = TextTestKit.NewDoc(1);
        var text = doc.GetText("text");
        EditingTrace.Replay(trace, doc, text);
        Assert.True(trace.EndContent == text.ToString(), $"{file}: content differs from endContent after replay");
        Assert.Equal(trace.EndContent.Length, text.Length);
    }
}

/// <summary>An editing trace: start/end content and transactions of <c>[pos, del, ins]</c> patches.</summary>
internal sealed record EditingTrace(string StartContent, string EndContent, List<List<(int Pos, int Del, string Ins)>> Txns)
{
    /// <summary>
    /// The repository's <c>../shared/traces</c>: the folder holding LessonStudy.sln is found by
    /// walking up from the test binaries, then <c>shared/traces</c> is looked for in its parent and,
    /// for git worktrees nested deeper (e.g. <c>/work/wt/x</c>), in the ancestors above.
    /// </summary>
    public static string TracesDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LessonStudy.sln")))
            dir = dir.Parent;
        if (dir is null)
            throw new InvalidOperationException($"No folder containing LessonStudy.sln above {AppContext.BaseDirectory}.");
        var tried = new List<string>();
        for (var up = dir.Parent; up is not null; up = up.Parent)
        {
            var traces = Path.Combine(up.FullName, "shared", "traces");
            if (Directory.Exists(traces))
                return traces;
            tried.Add(traces);
        }
        throw new InvalidOperationException($"The editing traces folder is missing; looked in: {string.Join(", ", tried)}.");
    }

    public static EditingTrace Load(string file)
    {
        var path = Path.Combine(TracesDirectory(), file);
        if (!File.Exists(path))
            throw new InvalidOperationException($"The editing trace {path} is missing.");
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var json = JsonDocument.Parse(gz);
        var root = json.RootElement;
        var txns = new List<List<(int, int, string)>>();
        foreach (var txn in root.GetProperty("txns").EnumerateArray())
        {
            var patches = new List<(int, int, string)>();
            foreach (var p in txn.GetProperty("patches").EnumerateArray())
                patches.Add((p[0].GetInt32(), p[1].GetInt32(), p[2].GetString()!));
            txns.Add(patches);
        }
        return new EditingTrace(root.GetProperty("startContent").GetString()!, root.GetProperty("endContent").GetString()!, txns);
    }

    public static void Replay(EditingTrace trace, Doc doc, YText text)
    {
        if (trace.StartContent.Length > 0)
            text.Insert(0, trace.StartContent);
        foreach (var txn in trace.Txns)
        {
            using var tr = doc.BeginTransaction();
            foreach (var (pos, del, ins) in txn)
            {
                if (del > 0)
                    text.Delete(pos, del);
                if (ins.Length > 0)
                    text.Insert(pos, ins);
            }
        }
    }
}
