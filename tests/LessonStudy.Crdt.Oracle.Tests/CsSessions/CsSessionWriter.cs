using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Inspection;
using LessonStudy.Crdt.Updates;

namespace LessonStudy.Crdt.Oracle.Tests.CsSessions;

/// <summary>
/// Generates one C# session, checks it against the engine itself, and writes the folder
/// <c>decode-cs.mjs</c> reads (tests/oracle/README.md, "The reverse direction"):
/// <c>updates/NNNN.v1.bin</c> + <c>.v2.bin</c>, <c>expected.json</c>, <c>hints.json</c>, <c>meta.json</c>.
/// </summary>
internal static class CsSessionWriter
{
    /// <summary>Writes session <paramref name="seed"/> into <paramref name="root"/>.</summary>
    /// <returns>Why yjs's reading of the merged events cannot be compared with <c>expected.json</c>, or null.</returns>
    public static string? Write(int seed, string root, FailureLog log)
    {
        var name = seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            return WriteChecked(CsSessionBuilder.Generate(seed), name, root, log);
        }
        catch (Exception e)
        {
            log.AddException(OracleCheck.CsSessions, name, "C# session generation", e);
            return null;
        }
    }

    private static string? WriteChecked(CsSession session, string name, string root, FailureLog log)
    {
        // The replicas must agree with each other...
        var converged = DocumentJson.ToJsValue(session.Replicas[0], session.Hints);
        for (var r = 1; r < session.Replicas.Count; r++)
        {
            var got = DocumentJson.ToJsValue(session.Replicas[r], session.Hints);
            log.Add(OracleCheck.CsSessions, name, $"C# replica {r} converged to replica 0's content", Differences.Json(Pick(got, converged), Pick(converged, got)));
        }

        // ...but the expected content is what a fresh document reads from the update events, as
        // decode-cs.mjs reads them. That can differ from the replicas' state, in yjs too: a local
        // format operation may leave a redundant format item that only a remote reader cleans up
        // (yjs cleanupYTextAfterTransaction runs for remote transactions only), so a fresh reader
        // cleans it at once while the replicas clean it later, around other edits. (Seeds 391 and
        // 733: re-enacting the session in yjs, local events as local transactions, gives
        // byte-identical replicas.)
        var expected = Replay(session, 1);
        log.Add(OracleCheck.CsSessions, name, "C# replays its v2 update events like its v1 events", Check(() => Differences.Json(Replay(session, 2), expected)));

        // decode-cs.mjs also reads yjs's merge of the events. One update runs the remote format
        // cleanup once, at the end, instead of after each event, which may clean differently when
        // formats were edited concurrently (yjs against itself; seed 1350). Where the engine reads
        // its own merge differently, that check compares nothing of C#'s and is not held against it.
        string? mergeNote = null;
        var merged = Check(() => Differences.Json(ReadMerged(session), expected));
        if (merged is not null)
        {
            mergeNote = $"C# reads its own merge of the events differently from the events ({merged})";
        }

        var dir = Path.Combine(root, name);
        var updates = Directory.CreateDirectory(Path.Combine(dir, "updates")).FullName;
        var width = Math.Max(4, (session.Events.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        for (var i = 0; i < session.Events.Count; i++)
        {
            var number = i.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width, '0');
            File.WriteAllBytes(Path.Combine(updates, $"{number}.v1.bin"), session.Events[i].V1);
            File.WriteAllBytes(Path.Combine(updates, $"{number}.v2.bin"), session.Events[i].V2);
        }

        File.WriteAllText(Path.Combine(dir, "expected.json"), JsJson.Stringify(expected));
        var hints = new JsObject();
        foreach (var (root2, kind) in session.Hints)
        {
            hints.Set(root2, SeedFolder.HintName(kind));
        }

        File.WriteAllText(Path.Combine(dir, "hints.json"), JsJson.Stringify(hints));
        File.WriteAllText(Path.Combine(dir, "meta.json"), JsJson.Stringify(ValuePools.Obj(("gc", session.Gc), ("seed", (double)session.Seed), ("replicas", (double)session.Replicas.Count), ("updates", (double)session.Events.Count))));
        return mergeNote;
    }

    private static JsObject Replay(CsSession session, int version)
    {
        var doc = new Doc(new DocOptions { Gc = session.Gc });
        foreach (var ev in session.Events)
        {
            if (version == 1)
            {
                doc.ApplyUpdate(ev.V1);
            }
            else
            {
                doc.ApplyUpdateV2(ev.V2);
            }
        }

        return DocumentJson.ToJsValue(doc, session.Hints);
    }

    private static JsObject ReadMerged(CsSession session)
    {
        var merged = EncodedUpdates.MergeUpdates(session.Events.Select(e => (ReadOnlyMemory<byte>)e.V1).ToArray());
        var doc = new Doc(new DocOptions { Gc = session.Gc });
        doc.ApplyUpdate(merged);
        return DocumentJson.ToJsValue(doc, session.Hints);
    }

    /// <summary>The roots of <paramref name="dump"/> that <paramref name="other"/> has too (a replica may hold a root it never wrote).</summary>
    private static JsObject Pick(JsObject dump, JsObject other)
    {
        var picked = new JsObject();
        foreach (var (key, value) in dump)
        {
            if (other.ContainsKey(key))
            {
                picked.Set(key, value);
            }
        }

        return picked;
    }

    private static string? Check(Func<string?> run)
    {
        try
        {
            return run();
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }
}
