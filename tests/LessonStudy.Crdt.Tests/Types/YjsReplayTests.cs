using System.Security.Cryptography;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Tests.Encoding;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Tests.Types;

/// <summary>
/// Three peers make seeded random array, nested-array and map edits with occasional syncs; the
/// same script run against yjs 13.6.33 produced the expected states. Each peer's state must be
/// byte-identical to its yjs counterpart, which checks list positions (search markers), item
/// splitting and merging, conflict resolution and map semantics at once.
/// </summary>
/// <remarks>
/// The yjs side (Node, /work/ref), with the same xorshift32 generator:
/// <code>
/// const next = () =&gt; { x ^= x &lt;&lt; 13; x &gt;&gt;&gt;= 0; x ^= x &gt;&gt;&gt; 17; x ^= x &lt;&lt; 5; x &gt;&gt;&gt;= 0; return x }
/// const rnd = n =&gt; next() % n
/// const value = () =&gt; { switch (rnd(4)) { case 0: return rnd(1000); case 1: return 's' + rnd(100); case 2: return rnd(2) === 0; default: return { k: rnd(10) } } }
/// for (let i = 0; i &lt; steps; i++) {
///   const d = docs[rnd(3)]; const op = rnd(10); const as = arrays(d) /* root 'arr' and its Y.Array elements */
///   const a = as[rnd(as.length)]; const m = d.getMap('map')
///   if (op &lt; 4) { const n = 1 + rnd(3); const vals = []; for (let j = 0; j &lt; n; j++) vals.push(value()); a.insert(rnd(a.length + 1), vals) }
///   else if (op &lt; 6) { if (a.length &gt; 0) { const idx = rnd(a.length); a.delete(idx, 1 + rnd(Math.min(3, a.length - idx))) } }
///   else if (op === 6) { if (rnd(2) === 0) d.getArray('arr').push([new Y.Array()]); else m.set('k' + rnd(5), new Y.Map()) }
///   else if (op === 7) m.set('k' + rnd(5), value())
///   else if (op === 8) m.delete('k' + rnd(5))
///   else { const a2 = docs[rnd(3)], b2 = docs[rnd(3)]; if (a2 !== b2) sync(a2, b2) }
/// }
/// // states = docs.map(encodeStateAsUpdate); then sync every pair; final = encodeStateAsUpdate(docs[0])
/// </code>
/// </remarks>
public class YjsReplayTests
{
    private const string Seed7Final =
        "0320030001010361727202870301002101036d6170026b31010100030201c802040205037d930c77037338377703733932a1020001080002060178880309027da6017601016b7d0141030401c8020602080179c8030d02080178c8030d030e027601016b7d037601016b7d0888030b02787601016b7d02c8030b03110179a1010b01c80301030203770273327601016b7d007d1f8703020048030c0178c10319030c01c8031a030c017d9a02c80309030a027601016b7d067d8c08480309017601016b7d04a10207010100031801880320017d9407c802080300027601016b7d027703733130c10323030001c8020f021002770373353677027336a80124017887031800880321027d8403770373323608000328027601016b7d0677037337301702002101036d6170026b300101010361727201880201017da508c10201020201c8020302020179c10204020201870202002101036d6170026b3301810206010100020601880209017dac0d2101036d6170026b340188020a017dae0e88020c017601016b7d042101036d6170026b3201c10209020a01c1020f020a01a1020b01c8020c020d027db2057601016b7d06c80204020502770373333678a10200014802010277037335337703733631a10207012101002101036d6170026b3201010103617272022101036d6170026b300241010101c10105010101c801050106027d80057601016b7d00480105027601016b7d0477037338312101036d6170026b3401c802040305037601016b7d03797d0681030401c802010203017601016b7d03a1010b0187030200c10301030201c802030204017703733938c801140204027d8c0e7db20e480304027dba0c78a101110108000112037601016b7d0977037336387601016b7d01c801180304027d8b0378c80210020a017601016b7d0848011702787703733938c801210117017601016b7d07a7020e01a103030148011a017d13a102070148012502797601016b7d06c801210122027978c803010113037877037334357703733939c801050107027da3077601016b7d09c801140115027978a10124010303080002030208010c0114011a011f022401020800020301050107030b010e0416011901010900070b010f01110113011901240126013201";

    private const string Seed7Json =
        """{"arr":[{"k":4},"s81",483,{"k":9},320,{"k":0},"s53","s61",{"k":3},"s98",false,true,908,946,false,{"k":3},false,6,"s36",true,787,"s87","s92",549,["s56","s6",{"k":8},876,942,370,{"k":6},{"k":4},{"k":4},true,{"k":6},524,102,{"k":1},false,true,{"k":2}],false,{"k":3},{"k":8},true,{"k":2},"s10",true,"s45","s99","s2",{"k":0},31,[true,"s98",false,true,{"k":7},826,true,203,true,true,154],[false,{"k":6},19,{"k":9},"s68",{"k":1}],[468,196,"s26"],[{"k":6},"s70"]],"map":{"k2":{},"k1":true}}""";

    [Fact]
    public void Seed7_120Steps_StatesMatchYjs()
    {
        var run = Run(7, 120);

        Assert.Equal(["3ebf864af83228181324b0015cb91e03836233bdff01f4d960140dde4f99c9ce", "843ea5e71c68ce467e8c43d64ce77d0a9b30ceb6c1c1f10299e5d5ebef75bc8d", "7e20fa0f6cbcd6833d4c5dc570cb9dd57839f76efb420c225ebd9cbe02c111e5"], run.StateHashes);
        Assert.Equal(Seed7Final, run.Final);
        Assert.Equal(Seed7Json, run.Json);
    }

    [Theory]
    [InlineData(42u, 1000, "c7ea20bd26edb485d0498dfa15ff5ef349cf1d758319501a0fd1137fc9123f57", "371d771010b75f1f1a167c4d9647a2f83710a8a665a29b856674c0b818d3d933", "0d671848b4522274ad192292061c165b589573eb30199ef60557aaab2e9eda3d", "1c7bb05122885d3f96180496e6a56b46d07efd842cde571f0175e4025f554b2f")]
    [InlineData(2026u, 3000, "b995b1f5291fbd57b52b42f3ce94b5445ecc45fc38aba02b8a932ce2efee6db5", "7ec8abd8aca415d9a680f71f9b8f33315dd53ed0944102cff6ded1c1577b0d6b", "eaea5cbc13aa800a6cb9cfb36e5326680aa5282247e09c516f84096351f85a23", "59e68370883853a012301f9434cea88b35d44bab1930a892fefb1490f2f40218")]
    public void LongRuns_StatesMatchYjs(uint seed, int steps, string state1, string state2, string state3, string final)
    {
        var run = Run(seed, steps);

        Assert.Equal([state1, state2, state3], run.StateHashes);
        Assert.Equal(final, Sha256(run.Final));
    }

    private static (List<string> StateHashes, string Final, string Json) Run(uint seed, int steps)
    {
        var x = seed;
        uint Next()
        {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            return x;
        }

        int Rnd(int n) => (int)(Next() % (uint)n);
        object? Value() => Rnd(4) switch
        {
            0 => Rnd(1000),
            1 => "s" + Rnd(100),
            2 => Rnd(2) == 0,
            _ => new JsObject { ["k"] = (double)Rnd(10) },
        };

        var docs = new[] { 1UL, 2UL, 3UL }.Select(id => new Doc(new DocOptions { ClientId = id })).ToArray();
        for (var i = 0; i < steps; i++)
        {
            var d = docs[Rnd(3)];
            var op = Rnd(10);
            var root = d.GetArray("arr");
            var arrays = new List<YArray> { root };
            root.ForEach((v, _, _) =>
            {
                if (v is YArray nested)
                {
                    arrays.Add(nested);
                }
            });
            var a = arrays[Rnd(arrays.Count)];
            var m = d.GetMap("map");
            if (op < 4)
            {
                var n = 1 + Rnd(3);
                var vals = new object?[n];
                for (var j = 0; j < n; j++)
                {
                    vals[j] = Value();
                }
                a.Insert(Rnd(a.Length + 1), vals);
            }
            else if (op < 6)
            {
                if (a.Length > 0)
                {
                    var idx = Rnd(a.Length);
                    a.Delete(idx, 1 + Rnd(Math.Min(3, a.Length - idx)));
                }
            }
            else if (op == 6)
            {
                if (Rnd(2) == 0)
                {
                    root.Push(new YArray());
                }
                else
                {
                    m.Set("k" + Rnd(5), new YMap());
                }
            }
            else if (op == 7)
            {
                m.Set("k" + Rnd(5), Value());
            }
            else if (op == 8)
            {
                m.Delete("k" + Rnd(5));
            }
            else
            {
                var a2 = docs[Rnd(3)];
                var b2 = docs[Rnd(3)];
                if (a2 != b2)
                {
                    TypeTestDocs.Sync(a2, b2);
                }
            }
        }

        var hashes = docs.Select(doc => Sha256(Hex.Of(doc.EncodeStateAsUpdate()))).ToList();
        foreach (var from in docs)
        {
            foreach (var to in docs)
            {
                TypeTestDocs.Sync(from, to);
            }
        }

        var json = new JsObject { ["arr"] = docs[0].GetArray("arr").ToJson(), ["map"] = docs[0].GetMap("map").ToJson() };
        foreach (var doc in docs.Skip(1))
        {
            var other = new JsObject { ["arr"] = doc.GetArray("arr").ToJson(), ["map"] = doc.GetMap("map").ToJson() };
            Assert.True(JsValue.DeepEquals(json, other), $"seed {seed}: peers diverged");
        }
        return (hashes, Hex.Of(docs[0].EncodeStateAsUpdate()), JsJson.Stringify(json)!);
    }

    // SHA-256 of the lowercase hex text, as the Node script printed it
    private static string Sha256(string hex) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(hex)));
}
