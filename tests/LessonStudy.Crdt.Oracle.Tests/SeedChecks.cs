using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Inspection;
using LessonStudy.Crdt.Updates;

namespace LessonStudy.Crdt.Oracle.Tests;

/// <summary>
/// Everything C# does with one yjs seed folder: reads every yjs file and compares the dump with
/// <c>expected.json</c>, re-encodes and compares bytes with yjs's, replays the update events in a
/// seeded shuffled order, and writes the <c>cs/</c> files that <c>verify.mjs</c> hands back to yjs.
/// </summary>
internal sealed class SeedChecks
{
    private readonly SeedFolder _seed;
    private readonly FailureLog _log;
    private readonly List<byte[]> _v1;
    private readonly List<byte[]> _v2;
    private readonly byte[] _state1;
    private readonly byte[] _state2;
    private readonly byte[] _sv;

    private SeedChecks(SeedFolder seed, FailureLog log)
    {
        _seed = seed;
        _log = log;
        _v1 = seed.Updates(1);
        _v2 = seed.Updates(2);
        _state1 = seed.Bytes("state.v1.bin");
        _state2 = seed.Bytes("state.v2.bin");
        _sv = seed.Bytes("sv.bin");
    }

    public static void Run(string folder, FailureLog log)
    {
        SeedChecks checks;
        try
        {
            checks = new SeedChecks(SeedFolder.Open(folder), log);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or CrdtFormatException or InvalidCastException)
        {
            log.AddException(OracleCheck.Pipeline, Path.GetFileName(folder), "seed folder", e);
            return;
        }

        checks.DecodeAndReEncode();
        checks.Shuffled(1);
        checks.Shuffled(2);
        checks.WriteCsFiles();
    }

    private void DecodeAndReEncode()
    {
        var csDir = Directory.CreateDirectory(Path.Combine(_seed.Path, "cs")).FullName;

        // the update events in generation order: the doc yjs calls `replay`
        var replay = Try(OracleCheck.Decode, "updates/*.v1.bin in order", () => Load(_v1, 1));
        if (replay is not null)
        {
            Check(OracleCheck.Decode, "updates/*.v1.bin in order: content", () => DumpDiff(replay));
            Check(OracleCheck.Decode, "updates/*.v1.bin in order: state vector", () => Differences.Bytes(replay.EncodeStateVector(), _sv));
            Check(OracleCheck.ReEncode, "replay EncodeStateAsUpdate vs replay.v1.bin", () => WriteAndCompare(csDir, "state.v1.bin", replay.EncodeStateAsUpdate(), "replay.v1.bin"));
            Check(OracleCheck.ReEncode, "replay EncodeStateAsUpdateV2 vs replay.v2.bin", () => WriteAndCompare(csDir, "state.v2.bin", replay.EncodeStateAsUpdateV2(), "replay.v2.bin"));
        }

        var replay2 = Try(OracleCheck.Decode, "updates/*.v2.bin in order", () => Load(_v2, 2));
        if (replay2 is not null)
        {
            Check(OracleCheck.Decode, "updates/*.v2.bin in order: content", () => DumpDiff(replay2));
            Check(OracleCheck.Decode, "updates/*.v2.bin in order: state vector", () => Differences.Bytes(replay2.EncodeStateVector(), _sv));
        }

        // the converged state: yjs's reload of it is the byte reference
        var fromV1 = Try(OracleCheck.Decode, "state.v1.bin", () => Load([_state1], 1));
        var fromV2 = Try(OracleCheck.Decode, "state.v2.bin", () => Load([_state2], 2));
        var reloaded = _seed.Bytes("state-from-state.v1.bin");
        foreach (var (doc, name) in new[] { (fromV1, "state.v1.bin"), (fromV2, "state.v2.bin") })
        {
            if (doc is null)
            {
                continue;
            }

            Check(OracleCheck.Decode, $"{name}: content", () => DumpDiff(doc));
            Check(OracleCheck.ReEncode, $"load {name}, EncodeStateAsUpdate vs state-from-state.v1.bin", () => Differences.Bytes(doc.EncodeStateAsUpdate(), reloaded));
            Check(OracleCheck.ReEncode, $"load {name}, EncodeStateVector vs sv.bin", () => Differences.Bytes(doc.EncodeStateVector(), _sv));
            if (_seed.StateFromStateIdentical)
            {
                // yjs reloads this state without merging GC structs, so its V2 re-encoding is state.v2.bin
                Check(OracleCheck.ReEncode, $"load {name}, EncodeStateAsUpdateV2 vs state.v2.bin", () => Differences.Bytes(doc.EncodeStateAsUpdateV2(), _state2));
            }
        }

        if (fromV1 is not null)
        {
            Check(OracleCheck.YjsReadsCs, "write cs/state-from-state.v1.bin, cs/sv.bin", () =>
            {
                File.WriteAllBytes(Path.Combine(csDir, "state-from-state.v1.bin"), fromV1.EncodeStateAsUpdate());
                File.WriteAllBytes(Path.Combine(csDir, "sv.bin"), fromV1.EncodeStateVector());
                return null;
            });
            // Y.encodeStateAsUpdate(doc, sv): what a sync step 2 sends; must complete the partial replica
            var partialSv = _seed.Bytes("partial-sv.bin");
            Check(OracleCheck.Decode, "partial-state.v1.bin + EncodeStateAsUpdate(partial-sv.bin): content", () =>
                DumpDiff(Load([_seed.Bytes("partial-state.v1.bin"), fromV1.EncodeStateAsUpdate(partialSv)], 1)));
            Check(OracleCheck.Decode, "partial-state.v1.bin + EncodeStateAsUpdateV2(partial-sv.bin): content", () =>
            {
                var doc = Load([_seed.Bytes("partial-state.v1.bin")], 1);
                doc.ApplyUpdateV2(fromV1.EncodeStateAsUpdateV2(partialSv));
                return DumpDiff(doc);
            });
        }

        // the other yjs outputs must read to the same content
        foreach (var (file, version) in new[] { ("merged.v1.bin", 1), ("merged.v2.bin", 2), ("converted.v1.bin", 1), ("converted.v2.bin", 2) })
        {
            Check(OracleCheck.Decode, $"{file}: content", () => DumpDiff(Load([_seed.Bytes(file)], version)));
        }

        Check(OracleCheck.Decode, "partial-state.v1.bin + diff.v1.bin: content", () =>
            DumpDiff(Load([_seed.Bytes("partial-state.v1.bin"), _seed.Bytes("diff.v1.bin")], 1)));
        Check(OracleCheck.Decode, "merged-subset.v1.bin (gaps, pending structs): content", () =>
        {
            var subset = (JsObject)_seed.Json("merged-subset.json")!;
            return Differences.Json(DocumentJson.ToJsValue(Load([_seed.Bytes("merged-subset.v1.bin")], 1), _seed.Hints), subset["expected"]);
        });
    }

    /// <summary>The update events in a seeded random order: pending structs and deletes must resolve.</summary>
    private void Shuffled(int version)
    {
        var updates = new List<byte[]>(version == 1 ? _v1 : _v2);
        var seedNumber = int.TryParse(_seed.Seed, out var n) ? n : _seed.Seed.GetHashCode(StringComparison.Ordinal);
        var rng = new Random(unchecked((seedNumber * 7919) + version));
        rng.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(updates));
        var what = $"updates/*.v{version}.bin shuffled (System.Random({seedNumber}*7919+{version}))";
        var doc = Try(OracleCheck.Shuffled, what, () => Load(updates, version));
        if (doc is null)
        {
            return;
        }

        Check(OracleCheck.Shuffled, $"{what}: content", () => DumpDiff(doc));
        Check(OracleCheck.Shuffled, $"{what}: state vector vs sv.bin (pending structs resolved)", () => Differences.Bytes(doc.EncodeStateVector(), _sv));
    }

    /// <summary>The document-less operations of the cs/ contract (README "The cs/ contract").</summary>
    private void WriteCsFiles()
    {
        var csDir = Path.Combine(_seed.Path, "cs");
        var subset = ((object?[])((JsObject)_seed.Json("merged-subset.json")!)["updates"]!).Select(i => (int)(double)i!).ToList();
        var outputs = new (string File, Func<byte[]> Make)[]
        {
            ("merged.v1.bin", () => EncodedUpdates.MergeUpdates(Memories(_v1))),
            ("merged.v2.bin", () => EncodedUpdates.MergeUpdatesV2(Memories(_v2))),
            ("merged-subset.v1.bin", () => EncodedUpdates.MergeUpdates(Memories(subset.ConvertAll(i => _v1[i])))),
            ("diff.v1.bin", () => EncodedUpdates.DiffUpdate(_state1, _seed.Bytes("partial-sv.bin"))),
            ("sv-from-update.bin", () => EncodedUpdates.EncodeStateVectorFromUpdate(_seed.Bytes("merged.v1.bin"))),
            ("converted.v2.bin", () => EncodedUpdates.ConvertUpdateFormatV1ToV2(_state1)),
            ("converted.v1.bin", () => EncodedUpdates.ConvertUpdateFormatV2ToV1(_state2)),
        };
        foreach (var (file, make) in outputs)
        {
            Check(OracleCheck.YjsReadsCs, $"C# making cs/{file}", () =>
            {
                File.WriteAllBytes(Path.Combine(csDir, file), make());
                return null;
            });
        }
    }

    private static ReadOnlyMemory<byte>[] Memories(List<byte[]> updates) => updates.ConvertAll(u => (ReadOnlyMemory<byte>)u).ToArray();

    private string? WriteAndCompare(string csDir, string csFile, byte[] bytes, string reference)
    {
        File.WriteAllBytes(Path.Combine(csDir, csFile), bytes);
        return Differences.Bytes(bytes, _seed.Bytes(reference));
    }

    private Doc Load(IReadOnlyList<byte[]> updates, int version)
    {
        var doc = new Doc(new DocOptions { Gc = _seed.Gc });
        for (var i = 0; i < updates.Count; i++)
        {
            try
            {
                if (version == 1)
                {
                    doc.ApplyUpdate(updates[i]);
                }
                else
                {
                    doc.ApplyUpdateV2(updates[i]);
                }
            }
            catch (Exception e)
            {
                throw new OracleLoadException($"applying update {i} of {updates.Count} (v{version}) threw {e.GetType().Name}: {e.Message} ({e.StackTrace?.Split('\n')[0].Trim()})", e);
            }
        }

        return doc;
    }

    private string? DumpDiff(Doc doc) => Differences.Json(DocumentJson.ToJsValue(doc, _seed.Hints), _seed.Expected);

    private void Check(OracleCheck check, string what, Func<string?> run)
    {
        try
        {
            _log.Add(check, _seed.Seed, what, run());
        }
        catch (OracleLoadException e)
        {
            _log.Add(check, _seed.Seed, what, e.Message);
        }
        catch (Exception e)
        {
            _log.AddException(check, _seed.Seed, what, e);
        }
    }

    private T? Try<T>(OracleCheck check, string what, Func<T> run)
        where T : class
    {
        try
        {
            return run();
        }
        catch (OracleLoadException e)
        {
            _log.Add(check, _seed.Seed, what, e.Message);
        }
        catch (Exception e)
        {
            _log.AddException(check, _seed.Seed, what, e);
        }

        return null;
    }
}

/// <summary>An update the engine refused or crashed on; the message names the update.</summary>
internal sealed class OracleLoadException(string message, Exception inner) : Exception(message, inner);
