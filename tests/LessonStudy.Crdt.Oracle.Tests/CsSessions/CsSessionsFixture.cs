using System.Collections.Concurrent;
using System.Diagnostics;
using LessonStudy.TestKit;

namespace LessonStudy.Crdt.Oracle.Tests.CsSessions;

/// <summary>
/// Runs the C# → yjs direction once for <see cref="CsSessionsTests"/>: C# generates seeded sessions
/// (in parallel, in batches of <see cref="BatchSize"/>), checks them against itself and writes them;
/// one <c>decode-cs.mjs</c> per batch has yjs read them. Knobs: <c>ORACLE_SEEDS</c> (default 200),
/// <c>ORACLE_FIRST_SEED</c> (default 1).
/// </summary>
public sealed class CsSessionsFixture : IDisposable
{
    private const int BatchSize = 500;
    private readonly string _tempRoot = OracleScratch.NewDirectory("cs-sessions");

    public CsSessionsFixture()
    {
        Sessions = TestKnobs.Int("ORACLE_SEEDS", 200);
        FirstSeed = TestKnobs.Int("ORACLE_FIRST_SEED", 1);
        var total = Stopwatch.StartNew();
        try
        {
            NodeOracle.EnsureInstalled();
            for (var from = FirstSeed; from < FirstSeed + Sessions; from += BatchSize)
            {
                RunBatch(from, Math.Min(BatchSize, FirstSeed + Sessions - from));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException)
        {
            Log.AddException(OracleCheck.Pipeline, OracleFailure.NoSeed, "oracle", e);
        }

        Timing += $"total {total.Elapsed.TotalSeconds:0.0} s" + (OracleScratch.Keep ? $"; kept in {_tempRoot}" : string.Empty);
    }

    public int Sessions { get; }

    public int FirstSeed { get; }

    public int Written { get; private set; }

    public string Timing { get; private set; } = string.Empty;

    internal FailureLog Log { get; } = new();

    /// <summary>yjs-against-yjs differences the checks saw and set aside, with the reason.</summary>
    internal ConcurrentQueue<string> Notes { get; } = new();

    public void Dispose()
    {
        OracleScratch.Delete(_tempRoot);
    }

    private void RunBatch(int from, int count)
    {
        var dir = Path.Combine(_tempRoot, $"sessions-{from}");
        Directory.CreateDirectory(dir);
        var watch = Stopwatch.StartNew();
        var mergeNotes = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var work = Task.Run(() => Parallel.For(from, from + count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, seed =>
        {
            if (CsSessionWriter.Write(seed, dir, Log) is { } note)
            {
                mergeNotes[seed.ToString(System.Globalization.CultureInfo.InvariantCulture)] = note;
            }
        }));
        var limit = TimeSpan.FromSeconds(60 + (2 * count));
        if (!work.Wait(limit))
        {
            throw new TimeoutException($"C# session generation of seeds {from}..{from + count - 1} did not finish within {limit.TotalSeconds:0} s (hang in the engine?)");
        }

        var csTime = watch.Elapsed;
        Written += Directory.EnumerateDirectories(dir).Count(d => File.Exists(Path.Combine(d, "expected.json")));
        var decode = NodeOracle.Run("decode-cs.mjs", ["--dir", dir], TimeSpan.FromMinutes(20));
        foreach (var line in decode.FailLines)
        {
            var (seed, detail) = FailLine.Split(line);
            if (mergeNotes.TryGetValue(seed, out var note) && (detail.StartsWith("v1:merge", StringComparison.Ordinal) || detail.StartsWith("v2:merge", StringComparison.Ordinal)))
            {
                Notes.Enqueue($"seed {seed} decode-cs.mjs {detail} — not held against C#: {note}");
                continue;
            }

            Log.Add(OracleCheck.CsSessions, seed, "decode-cs.mjs", detail);
        }

        if (decode.ExitCode != 0 && decode.FailLines.Count == 0)
        {
            Log.Add(OracleCheck.Pipeline, $"{from}..{from + count - 1}", "decode-cs.mjs", decode.Tail());
        }

        var beforeDelete = watch.Elapsed;
        OracleScratch.Delete(dir);
        Timing += $"sessions {from}..{from + count - 1}: C# {csTime.TotalSeconds:0.0} s, decode-cs {decode.Elapsed.TotalSeconds:0.0} s, cleanup {(watch.Elapsed - beforeDelete).TotalSeconds:0.0} s; ";
    }
}
