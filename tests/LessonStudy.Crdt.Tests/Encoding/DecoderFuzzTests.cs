using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Tests.Encoding.Fixtures;
using LessonStudy.TestKit;

namespace LessonStudy.Crdt.Tests.Encoding;

/// <summary>
/// Feeds 100,000 seeded random and mutated inputs to each decoder. The only acceptable outcomes are
/// a result or a <see cref="CrdtFormatException"/>; anything else fails with the seed, the input's
/// index and its bytes. Termination is by construction: decoders only loop over input they consume,
/// and the update driver has a read budget (an RLE column may legitimately repeat forever).
/// </summary>
public class DecoderFuzzTests
{
    // MALFORMED_INPUTS raises the count for long runs.
    private static readonly int Iterations = TestKnobs.Int("MALFORMED_INPUTS", 100_000);

    private static readonly byte[][] UpdateCorpusV1 =
    [
        Hex.Bytes(YjsCallLog.V1Bytes),
        Hex.Bytes(GoldenUpdates.FullStateV1),
        Hex.Bytes("0000"),
    ];

    private static readonly byte[][] UpdateCorpusV2 =
    [
        Hex.Bytes(YjsCallLog.V2Bytes),
        Hex.Bytes(GoldenUpdates.FullStateV2),
        Hex.Bytes("00 00 00 00 00 00 01 00 00 00 00 00 00"),
    ];

    [Fact]
    public void UpdateDecoderV1_MutatedUpdates_ThrowOnlyCrdtFormatException() =>
        Fuzz(seed: 0x5eed01, UpdateCorpusV1, bytes => UpdateDriver.Read(new UpdateDecoderV1(bytes)));

    [Fact]
    public void UpdateDecoderV2_MutatedUpdates_ThrowOnlyCrdtFormatException() =>
        Fuzz(seed: 0x5eed02, UpdateCorpusV2, bytes => UpdateDriver.Read(new UpdateDecoderV2(bytes)));

    [Fact]
    public void DSDecoders_MutatedDeleteSets_ThrowOnlyCrdtFormatException()
    {
        byte[][] corpus = [Hex.Bytes("01 01 01 01 01"), Hex.Bytes("02 07 02 05 02 0a 00 03 01 00 04")];
        Fuzz(seed: 0x5eed03, corpus, bytes =>
        {
            UpdateDriver.ReadDeleteSet(new DSDecoderV1(bytes), new Budget());
            UpdateDriver.ReadDeleteSet(new DSDecoderV2(bytes), new Budget());
        });
    }

    [Fact]
    public void ReadAny_MutatedValues_ThrowOnlyCrdtFormatException()
    {
        var any = new Lib0Writer();
        any.WriteAny(new JsObject
        {
            ["a"] = new object?[] { 1d, -0d, 0.1d, 2147483648d, double.NaN, "s", true, false, null, JsUndefined.Value },
            ["b"] = new JsObject { ["c"] = new byte[] { 1, 2 }, ["d"] = new System.Numerics.BigInteger(-5) },
        });
        byte[][] corpus = [any.ToArray(), Hex.Bytes("7501 7501 7600"), Hex.Bytes("7703616263")];
        Fuzz(seed: 0x5eed04, corpus, bytes =>
        {
            var reader = new Lib0Reader(bytes, new DecodeLimits { MaxValueDepth = 16 });
            while (reader.HasContent)
            {
                reader.ReadAny();
            }
        });
    }

    [Fact]
    public void JsJsonParse_MutatedText_ThrowsOnlyCrdtFormatException()
    {
        byte[][] corpus =
        [
            System.Text.Encoding.UTF8.GetBytes("{\"a\":[1,-0,0.5e-3,true,false,null,\"s\\u00e9\\n\"],\"b\":{\"c\":{}}}"),
            System.Text.Encoding.UTF8.GetBytes("[[[[1]]],\"\\ud83d\\ude00\",1E+400]"),
        ];
        Fuzz(seed: 0x5eed05, corpus, bytes =>
            JsJson.Parse(System.Text.Encoding.Latin1.GetString(bytes), new DecodeLimits { MaxValueDepth = 16 }));
    }

    [Fact]
    public void RleColumnDecoders_RandomBytes_ThrowOnlyCrdtFormatException()
    {
        byte[][] corpus = [Hex.Bytes("4502400107c0808080804000"), Hex.Bytes("0a43008603b8fcffffff7f"), Hex.Bytes("0400050206"), Hex.Bytes("08f09f988078efbfbd4102")];
        Fuzz(seed: 0x5eed06, corpus, bytes =>
        {
            var budget = new Budget();
            var uintOpt = new UintOptRleDecoder(new Lib0Reader(bytes), "fuzz");
            var intDiff = new IntDiffOptRleDecoder(new Lib0Reader(bytes), "fuzz");
            var rle = new RleDecoder(new Lib0Reader(bytes), "fuzz");
            Drain(() => uintOpt.Read(), budget);
            Drain(() => intDiff.Read(), budget);
            Drain(() => rle.Read(), budget);
            var strings = new StringDecoder(new Lib0Reader(bytes));
            Drain(() => strings.Read(), budget);
        });
    }

    private static void Drain(Action read, Budget budget)
    {
        try
        {
            for (var i = 0; i < 64 && budget.Take(); i++)
            {
                read();
            }
        }
        catch (CrdtFormatException)
        {
            // The column ended or was malformed: the expected outcome for most inputs.
        }
    }

    private static void Fuzz(int seed, byte[][] corpus, Action<byte[]> decode)
    {
        var random = new Random(seed);
        for (var i = 0; i < Iterations; i++)
        {
            var input = Mutator.Next(random, corpus);
            try
            {
                decode(input);
            }
            catch (CrdtFormatException)
            {
                // Rejected cleanly.
            }
            catch (Exception ex)
            {
                Assert.Fail($"Seed {seed}, input {i} ({Hex.Of(input)}): {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
            }
        }
    }
}
