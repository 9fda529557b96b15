using System.Collections.Concurrent;
using System.Diagnostics;
using LessonStudy.TestKit;

namespace LessonStudy.Crdt.Oracle.Tests;

/// <summary>
/// Runs the yjs → C# → yjs pipeline once for all tests of <see cref="YjsSessionsTests"/>, in batches
/// so that 20,000 seeds need no more disk than one batch: one <c>gen-sessions.mjs</c> per batch
/// writes the seed folders, C# checks them in parallel and writes their <c>cs/</c> files, one
/// <c>verify.mjs</c> per batch has yjs read those back; then the batch folder is deleted.
/// Knobs: <c>ORACLE_SEEDS</c> (default 200), <c>ORACLE_FIRST_SEED</c> (default 1),
/// <c>ORACLE_DIR</c> (use an existing gen-sessions output instead of generating; kept).
/// </summary>
public sealed class YjsSessionsFixture : IDisposable
{
    private const int BatchSize = 500;
    private static readonly TimeSpan VerifyTimeout = TimeSpan.FromMinutes(20);
    private readonly string _tempRoot;

    public YjsSessionsFixture()
    {
        Seeds = TestKnobs.Int("ORACLE_SEEDS", 200);
        FirstSeed = TestKnobs.Int("ORACLE_FIRST_SEED", 1);
        _tempRoot = OracleScratch.NewDirectory("oracle");
        var total = Stopwatch.StartNew();
        try
        {
            var existing = Environment.GetEnvironmentVariable("ORACLE_DIR");
            if (!string.IsNullOrEmpty(existing))
            {
                RunBatch(Path.GetFullPath(existing), generate: false, FirstSeed, Seeds);
            }
            else
            {
                for (var from = FirstSeed; from < FirstSeed + Seeds; from += BatchSize)
                {
                    var count = Math.Min(BatchSize, FirstSeed + Seeds - from);
                    RunBatch(Path.Combine(_tempRoot, $"seeds-{from}"), generate: true, from, count);
                }
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException)
        {
            Log.AddException(OracleCheck.Pipeline, OracleFailure.NoSeed, "oracle", e);
        }

        Timing += $"total {total.Elapsed.TotalSeconds:0.0} s" + (OracleScratch.Keep ? $"; kept in {_tempRoot}" : string.Empty);
    }

    public int Seeds { get; }

    public int FirstSeed { get; }

    /// <summary>Seed folders C# checked.</summary>
    public int Checked { get; private set; }

    internal FailureLog Log { get; } = new();

    /// <summary>Where the time went, for the test output.</summary>
    public string Timing { get; private set; } = string.Empty;

    public void Dispose()
    {
        OracleScratch.Delete(_tempRoot);
    }

    private void RunBatch(string dir, bool generate, int from, int count)
    {
        var watch = Stopwatch.StartNew();
        if (generate)
        {
            // about 0.1 s of CPU per seed on an idle machine; generous for a machine under load
            var timeout = TimeSpan.FromSeconds(120 + (3 * count));
            var gen = NodeOracle.Run("gen-sessions.mjs", ["--from", $"{from}", "--count", $"{count}", "--out", dir, "--quiet"], timeout);
            foreach (var line in gen.FailLines)
            {
                var (seed, detail) = FailLine.Split(line);
                Log.Add(OracleCheck.Pipeline, seed, "gen-sessions.mjs", detail);
            }

            if (gen.ExitCode != 0 && gen.FailLines.Count == 0)
            {
                Log.Add(OracleCheck.Pipeline, $"{from}..{from + count - 1}", "gen-sessions.mjs", gen.Tail());
            }
        }

        var folders = Directory.EnumerateDirectories(dir)
            .Where(d => File.Exists(Path.Combine(d, "meta.json")) && int.TryParse(Path.GetFileName(d), out var s) && s >= from && s < from + count)
            .ToList();
        var genTime = watch.Elapsed;
        CheckInParallel(folders);
        Checked += folders.Count;
        var csTime = watch.Elapsed - genTime;

        var verify = NodeOracle.Run("verify.mjs", ["--dir", dir, "--seeds", string.Join(',', folders.Select(Path.GetFileName))], VerifyTimeout);
        foreach (var line in verify.FailLines)
        {
            var (seed, detail) = FailLine.Split(line);
            Log.Add(OracleCheck.YjsReadsCs, seed, "verify.mjs", detail);
        }

        if (verify.ExitCode != 0 && verify.FailLines.Count == 0)
        {
            Log.Add(OracleCheck.Pipeline, $"{from}..{from + count - 1}", "verify.mjs", verify.Tail());
        }

        Timing += $"seeds {from}..{from + count - 1}: gen {genTime.TotalSeconds:0.0} s, C# {csTime.TotalSeconds:0.0} s, verify {verify.Elapsed.TotalSeconds:0.0} s; ";
        if (generate)
        {
            OracleScratch.Delete(dir);
        }
    }

    /// <summary>
    /// Seeds run on all cores. A seed that hangs in the engine cannot be killed, so the wait is
    /// bounded and the still running seeds are reported instead.
    /// </summary>
    private void CheckInParallel(List<string> folders)
    {
        var running = new ConcurrentDictionary<string, DateTime>();
        var work = Task.Run(() => Parallel.ForEach(
            folders,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            folder =>
            {
                running[folder] = DateTime.UtcNow;
                SeedChecks.Run(folder, Log);
                running.TryRemove(folder, out _);
            }));
        var limit = TimeSpan.FromSeconds(60 + (2 * folders.Count));
        if (!work.Wait(limit))
        {
            foreach (var folder in running.Keys)
            {
                Log.Add(OracleCheck.Pipeline, Path.GetFileName(folder), "C# seed checks", $"still running after {limit.TotalSeconds:0} s (hang in the engine?)");
            }

            throw new TimeoutException($"C# seed checks did not finish within {limit.TotalSeconds:0} s; still running: {string.Join(' ', running.Keys.Select(Path.GetFileName))}");
        }
    }
}
