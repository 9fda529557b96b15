using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Updates;

namespace LessonStudy.Crdt.Tests.Updates;

/// <summary>Untrusted bytes: every operation either succeeds or throws <see cref="CrdtFormatException"/>.</summary>
public class EncodedUpdatesMalformedTests
{
    private static readonly byte[] EmptyV1 = [0, 0];

    public static TheoryData<string> Truncations() => ["", "01", "0101", "010101", "01010100", "0101010004", "010101000401", "01010100040104", "0101010004010474657874", "01010100040104746578740361", "01010100040104746578740361626301", "0101010004010474657874036162630101"];

    [Theory]
    [MemberData(nameof(Truncations))]
    public void AllOperations_TruncatedV1Update_ThrowFormatException(string hex)
    {
        var update = Convert.FromHexString(hex);

        Assert.Throws<CrdtFormatException>(() => EncodedUpdates.MergeUpdates([update, EmptyV1]));
        Assert.Throws<CrdtFormatException>(() => EncodedUpdates.DiffUpdate(update, new byte[] { 0 }));
        Assert.Throws<CrdtFormatException>(() => EncodedUpdates.ConvertUpdateFormatV1ToV2(update));
    }

    [Fact]
    public void EncodeStateVectorFromUpdate_TruncatedStructs_ThrowsFormatException()
    {
        // Two structs announced, one present.
        Assert.Throws<CrdtFormatException>(() => EncodedUpdates.EncodeStateVectorFromUpdate(Convert.FromHexString("01020100040104746578740361626300")));
    }

    [Fact]
    public void MergeUpdatesV2_RunLengthClaimingBillionsOfStructs_ThrowsFormatException()
    {
        // One V2 block claiming 2^40 GC structs: the info column repeats forever and the length column
        // is a run; the reader must refuse by count instead of looping.
        var limits = DecodeLimits.Default with { MaxStructs = 1000 };
        var w = new Lib0Writer();
        w.WriteVarUint(0); // feature flag
        w.WriteVarUint8Array([]); // keyClock
        w.WriteVarUint8Array([1]); // client 1
        w.WriteVarUint8Array([]); // leftClock
        w.WriteVarUint8Array([]); // rightClock
        w.WriteVarUint8Array([0]); // info: GC forever
        w.WriteVarUint8Array([1, 0]); // strings
        w.WriteVarUint8Array([]); // parentInfo
        w.WriteVarUint8Array([]); // typeRef
        var len = new Lib0Writer();
        len.WriteVarInt(1, negative: true); // run of value 1
        len.WriteVarUint(1UL << 40);
        w.WriteVarUint8Array(len.WrittenSpan); // len
        w.WriteVarUint(1); // one block
        w.WriteVarUint(1UL << 40); // structs
        w.WriteVarUint(0); // clock
        var update = w.ToArray();

        Assert.Throws<CrdtFormatException>(() => EncodedUpdates.ConvertUpdateFormatV2ToV1(update, limits));
        Assert.Throws<CrdtFormatException>(() => EncodedUpdates.MergeUpdatesV2([update, update], limits));
    }

    [Fact]
    public void EncodeStateVectorFromUpdate_ClockBeyondSafeInteger_ThrowsFormatException()
    {
        // Client 1 starting at clock 2^53 with a GC of length 1.
        var w = new Lib0Writer();
        w.WriteVarUint(1);
        w.WriteVarUint(1);
        w.WriteVarUint(1);
        w.WriteVarUint(1UL << 53);
        w.WriteUint8(0);
        w.WriteVarUint(1);
        w.WriteVarUint(0);

        Assert.Throws<CrdtFormatException>(() => EncodedUpdates.EncodeStateVectorFromUpdate(w.ToArray()));
    }

    [Fact]
    public void AllOperations_RandomlyMutatedYjsUpdates_OnlyFormatExceptions()
    {
        const int seed = 20260123;
        var random = new Random(seed);
        var sources = UpdateGoldenCases.All.Where(c => c.Op is "merge" or "diff" or "sv" or "v1tov2").SelectMany(c => c.Inputs).Distinct().Select(Convert.FromHexString).ToArray();
        var v2Sources = UpdateGoldenCases.All.Where(c => c.Op is "v1tov2").Select(c => Convert.FromHexString(c.Output)).ToArray();
        for (var i = 0; i < 3000; i++)
        {
            var v2 = i % 3 == 0;
            var pool = v2 ? v2Sources : sources;
            var bytes = (byte[])pool[random.Next(pool.Length)].Clone();
            var mutations = 1 + random.Next(4);
            for (var m = 0; m < mutations && bytes.Length > 0; m++)
            {
                switch (random.Next(3))
                {
                    case 0:
                        bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                        break;
                    case 1:
                        bytes = bytes[..random.Next(bytes.Length)];
                        break;
                    default:
                        bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                        break;
                }
            }

            var other = pool[random.Next(pool.Length)];
            try
            {
                if (v2)
                {
                    EncodedUpdates.MergeUpdatesV2([bytes, other]);
                    EncodedUpdates.DiffUpdateV2(bytes, new byte[] { 1, 10, 3 });
                    EncodedUpdates.ConvertUpdateFormatV2ToV1(bytes);
                    EncodedUpdates.EncodeStateVectorFromUpdateV2(bytes);
                    EncodedUpdates.ParseUpdateMetaV2(bytes);
                }
                else
                {
                    EncodedUpdates.MergeUpdates([bytes, other]);
                    EncodedUpdates.MergeUpdates([other, bytes, other]);
                    EncodedUpdates.DiffUpdate(bytes, new byte[] { 1, 10, 3 });
                    EncodedUpdates.ConvertUpdateFormatV1ToV2(bytes);
                    EncodedUpdates.EncodeStateVectorFromUpdate(bytes);
                    EncodedUpdates.ParseUpdateMeta(bytes);
                }
            }
            catch (CrdtFormatException)
            {
            }
            catch (Exception ex)
            {
                Assert.Fail($"Iteration {i} (seed {seed}) threw {ex} for {Convert.ToHexString(bytes)}");
            }
        }
    }

    [Fact]
    public void ConvertUpdateFormatV1ToV2_UnorderedDeleteSet_KeepsMeaning()
    {
        // No structs; client 7 deletes [5,7) then [1,3): V2 stores distances, so the ranges are ordered.
        var v1 = Convert.FromHexString("0001070205020102");

        var back = EncodedUpdates.ConvertUpdateFormatV2ToV1(EncodedUpdates.ConvertUpdateFormatV1ToV2(v1));

        Assert.Equal("0001070201020502", Convert.ToHexString(back));
    }

    [Fact]
    public void ConvertUpdateFormatV2ToV1_BigIntFormatValue_ThrowsFormatException()
    {
        // V2 format values are writeAny (a bigint is allowed); V1 needs JSON, which has no bigint.
        var v1 = Convert.FromHexString("010101000601017404626f6c640474727565" + "00");
        var v2 = EncodedUpdates.ConvertUpdateFormatV1ToV2(v1);
        var idx = Array.LastIndexOf(v2, (byte)0x78); // the writeAny tag of `true`
        var patched = v2[..idx].Concat(new byte[] { 0x7a, 0, 0, 0, 0, 0, 0, 0, 5 }).Concat(v2[(idx + 1)..]).ToArray();

        var ex = Assert.Throws<CrdtFormatException>(() => EncodedUpdates.ConvertUpdateFormatV2ToV1(patched));
        Assert.Contains("V1 format cannot encode", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MergeUpdates_DeleteRangeBeyondSafeIntegers_ThrowsFormatException()
    {
        var w = new Lib0Writer();
        w.WriteVarUint(0);
        w.WriteVarUint(1);
        w.WriteVarUint(3);
        w.WriteVarUint(1);
        w.WriteVarUint((1UL << 53) - 2);
        w.WriteVarUint(5);

        Assert.Throws<CrdtFormatException>(() => EncodedUpdates.MergeUpdates([w.ToArray(), EmptyV1]));
    }

    [Fact]
    public void DiffUpdateV2_DeleteSetListingAClientTwice_KeepsMeaning()
    {
        // Client 1 deletes [1,2) and, in a second block, [0,1): V1 keeps that order, V2 cannot.
        var v1 = Convert.FromHexString("00020101010101010001");
        Assert.Equal("000101010002", Convert.ToHexString(EncodedUpdates.ConvertUpdateFormatV2ToV1(EncodedUpdates.ConvertUpdateFormatV1ToV2(v1))));

        // Found by the malformed-input properties (seed 20261124): a V2 update whose delete set
        // lists a client twice, each block restarting its clock distances.
        var v2 = Convert.FromHexString("0000024101020002000504008100840A06746578746163044100010100010101036304410001010001010103000101000101010100");
        var diff = EncodedUpdates.DiffUpdateV2(v2, new byte[] { 1, 1, 1 });

        Assert.Equal(EncodedUpdates.ConvertUpdateFormatV2ToV1(diff), EncodedUpdates.ConvertUpdateFormatV2ToV1(EncodedUpdates.ConvertUpdateFormatV1ToV2(EncodedUpdates.ConvertUpdateFormatV2ToV1(diff))));
    }
}
