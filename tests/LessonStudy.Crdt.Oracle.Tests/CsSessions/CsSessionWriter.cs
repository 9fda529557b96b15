using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Inspection;

namespace LessonStudy.Crdt.Oracle.Tests.CsSessions;

/// <summary>
/// Generates one C# session, checks it against the engine itself, and writes the folder
/// <c>decode-cs.mjs</c> reads (tests/oracle/README.md, "The reverse direction"):
/// <c>updates/NNNN.v1.bin</c> + <c>.v2.bin</c>, <c>expected.json</c>, <c>hints.json</c>, <c>meta.json</c>.
/// </summary>
internal static class CsSessionWriter
{
    public static void Write(int seed, string root, FailureLog log)
    {
        var name = seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            WriteChecked(CsSessionBuilder.Generate(seed), name, root, log);
        }
        catch (Exception e)
        {
            log.AddException(OracleCheck.CsSessions, name, "C# session generation", e);
        }
    }

    private static void WriteChecked(CsSession session, string name, string root, FailureLog log)
    {
        // the expected content: a fresh doc that loaded replica 0's state (as gen-sessions.mjs does)
        var fresh = new Doc(new DocOptions { Gc = session.Gc });
        fresh.ApplyUpdate(session.Replicas[0].EncodeStateAsUpdate());
        var expected = DocumentJson.ToJsValue(fresh, session.Hints);
        for (var r = 0; r < session.Replicas.Count; r++)
        {
            var replica = session.Replicas[r];
            var got = DocumentJson.ToJsValue(replica, session.Hints);
            var picked = new JsObject();
            foreach (var key in expected.Keys)
            {
                picked.Set(key, got.TryGetValue(key, out var value) ? value : JsUndefined.Value);
            }

            log.Add(OracleCheck.CsSessions, name, $"C# replica {r} converged content", Differences.Json(picked, expected));
        }

        foreach (var version in new[] { 1, 2 })
        {
            log.Add(OracleCheck.CsSessions, name, $"C# replays its own v{version} update events", Check(() =>
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

                return Differences.Json(DocumentJson.ToJsValue(doc, session.Hints), expected);
            }));
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
