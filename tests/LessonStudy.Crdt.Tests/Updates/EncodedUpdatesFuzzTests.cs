using LessonStudy.Crdt.Updates;

namespace LessonStudy.Crdt.Tests.Updates;

/// <summary>
/// Random peers, edits, partial syncs and full states (Golden/generate-fuzz.mjs, seeded); yjs's
/// merge/diff of a random multiset of their updates, reproduced byte for byte.
/// </summary>
public class EncodedUpdatesFuzzTests
{
    public static TheoryData<int> Indexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < UpdateFuzzCases.All.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void MergeUpdates_RandomYjsUpdates_MatchesYjs(int index)
    {
        var c = UpdateFuzzCases.All[index];
        var inputs = Array.ConvertAll(c.Inputs, s => (ReadOnlyMemory<byte>)Convert.FromBase64String(s));

        var merged = EncodedUpdates.MergeUpdates(inputs);

        Assert.True(c.Merged == Convert.ToBase64String(merged), $"merge differs for seed {c.Seed}");
        Assert.True(c.Diff == Convert.ToBase64String(EncodedUpdates.DiffUpdate(merged, Convert.FromBase64String(c.Sv))), $"diff differs for seed {c.Seed}");
        Assert.True(c.SvFromMerged == Convert.ToBase64String(EncodedUpdates.EncodeStateVectorFromUpdate(merged)), $"state vector differs for seed {c.Seed}");
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void MergeUpdatesV2_RandomYjsUpdates_MatchesYjs(int index)
    {
        var c = UpdateFuzzCases.All[index];
        var v2Inputs = Array.ConvertAll(c.Inputs, s => (ReadOnlyMemory<byte>)EncodedUpdates.ConvertUpdateFormatV1ToV2(Convert.FromBase64String(s)));
        var merged = Convert.FromBase64String(c.Merged);

        Assert.True(c.MergedV2 == Convert.ToBase64String(EncodedUpdates.MergeUpdatesV2(v2Inputs)), $"V2 merge differs for seed {c.Seed}");
        Assert.True(c.MergedToV2 == Convert.ToBase64String(EncodedUpdates.ConvertUpdateFormatV1ToV2(merged)), $"V1->V2 differs for seed {c.Seed}");
        Assert.Equal(merged, EncodedUpdates.ConvertUpdateFormatV2ToV1(EncodedUpdates.ConvertUpdateFormatV1ToV2(merged)));
    }
}
