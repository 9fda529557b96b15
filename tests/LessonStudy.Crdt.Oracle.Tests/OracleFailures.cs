using System.Collections.Concurrent;
using System.Text;

namespace LessonStudy.Crdt.Oracle.Tests;

/// <summary>What part of the oracle contract a failure belongs to; each has its own test.</summary>
internal enum OracleCheck
{
    /// <summary>The oracle could not run at all (Node missing, a script crashed or timed out).</summary>
    Pipeline,

    /// <summary>C# reads yjs's v1/v2 bytes to the expected dump.</summary>
    Decode,

    /// <summary>C# re-encodes byte-identical to yjs.</summary>
    ReEncode,

    /// <summary>C# reaches the same state from the update events in shuffled order.</summary>
    Shuffled,

    /// <summary>yjs reads C#'s merge/diff/state-vector/conversion outputs (verify.mjs).</summary>
    YjsReadsCs,

    /// <summary>C#'s own random sessions: replicas converge and yjs reads their updates (decode-cs.mjs).</summary>
    CsSessions,
}

/// <summary>One failed check of one seed.</summary>
internal sealed record OracleFailure(OracleCheck Check, string Seed, string What, string Detail)
{
    public override string ToString() => Seed == NoSeed ? $"{What}: {Detail}" : $"seed {Seed} {What}: {Detail}";

    /// <summary>The seed of a failure that is not about one seed (Node missing, a script that crashed).</summary>
    public const string NoSeed = "-";
}

/// <summary>Failures collected by the parallel seed runs.</summary>
internal sealed class FailureLog
{
    private readonly ConcurrentQueue<OracleFailure> _failures = new();

    public void Add(OracleCheck check, string seed, string what, string? detail)
    {
        if (detail is not null)
        {
            _failures.Enqueue(new OracleFailure(check, seed, what, detail));
        }
    }

    public void AddException(OracleCheck check, string seed, string what, Exception e) =>
        Add(check, seed, what, $"{e.GetType().Name}: {e.Message} ({FirstFrame(e)})");

    public IReadOnlyList<OracleFailure> Of(OracleCheck check) =>
        _failures.Where(f => f.Check == check).OrderBy(f => SeedOrder(f.Seed)).ThenBy(f => f.What, StringComparer.Ordinal).ToList();

    /// <summary>A message listing the failures (the first <paramref name="max"/>), or null when there are none.</summary>
    public string? Report(OracleCheck check, string header, int max = 40)
    {
        var list = Of(check);
        // a broken pipeline (no Node, a batch that crashed) fails every test; one seed that yjs
        // could not generate fails only the pipeline test
        var pipeline = check == OracleCheck.Pipeline ? [] : Of(OracleCheck.Pipeline).Where(p => !long.TryParse(p.Seed, out _)).ToList();
        if (list.Count == 0 && pipeline.Count == 0)
        {
            return null;
        }

        var sb = new StringBuilder();
        foreach (var p in pipeline)
        {
            sb.Append("oracle pipeline: ").AppendLine(p.ToString());
        }

        if (list.Count == 0)
        {
            return sb.ToString();
        }

        var seeds = list.Select(f => f.Seed).Distinct().ToList();
        sb.Append(header).Append(": ").Append(list.Count).Append(" failed checks in ").Append(seeds.Count)
            .Append(" seeds (").Append(string.Join(' ', seeds.Take(30))).AppendLine(seeds.Count > 30 ? " ...)" : ")");
        foreach (var f in list.Take(max))
        {
            sb.AppendLine(f.ToString());
        }

        if (list.Count > max)
        {
            sb.Append("... and ").Append(list.Count - max).AppendLine(" more");
        }

        return sb.ToString();
    }

    private static string FirstFrame(Exception e) =>
        e.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "?";

    private static long SeedOrder(string seed) => long.TryParse(seed, out var n) ? n : long.MaxValue;
}
