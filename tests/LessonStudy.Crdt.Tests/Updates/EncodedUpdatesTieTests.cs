using LessonStudy.Crdt.Updates;

namespace LessonStudy.Crdt.Tests.Updates;

/// <summary>
/// Where a GC and an item of different updates start at the same clock, yjs's choice comes from
/// V8's sort walking an inconsistent comparator: small inputs replay it exactly (the fuzz cases
/// check the bytes); large ones use the linear merger, whose output must still be a valid merge.
/// </summary>
public class EncodedUpdatesTieTests
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
    public void MergeUpdatesLinear_RandomYjsUpdates_SameDocumentState(int index)
    {
        var c = UpdateFuzzCases.All[index];
        var inputs = Array.ConvertAll(c.Inputs, s => (ReadOnlyMemory<byte>)Convert.FromBase64String(s));

        var linear = EncodedUpdates.MergeUpdatesLinear(inputs);

        var viaYjsMerge = new Doc(new DocOptions { ClientId = 999_999_999 });
        viaYjsMerge.ApplyUpdate(Convert.FromBase64String(c.Merged));
        var viaLinear = new Doc(new DocOptions { ClientId = 999_999_999 });
        viaLinear.ApplyUpdate(linear);
        Assert.True(
            Convert.ToHexString(viaYjsMerge.EncodeStateAsUpdate()) == Convert.ToHexString(viaLinear.EncodeStateAsUpdate()),
            $"state differs for seed {c.Seed}");
        Assert.Equal(EncodedUpdates.EncodeStateVectorFromUpdate(Convert.FromBase64String(c.Merged)), EncodedUpdates.EncodeStateVectorFromUpdate(linear));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void MergeUpdates_ThreeWayGcItemTies_MatchesYjs(int index)
    {
        var c = UpdateTieCases.All[index];
        var inputs = Array.ConvertAll(c.Inputs, s => (ReadOnlyMemory<byte>)Convert.FromBase64String(s));

        Assert.True(c.Merged == Convert.ToBase64String(EncodedUpdates.MergeUpdates(inputs)), $"merge differs for oracle seed {c.Seed}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void MergeUpdatesLinear_ThreeWayGcItemTies_SameDocumentState(int index)
    {
        var c = UpdateTieCases.All[index];
        var inputs = Array.ConvertAll(c.Inputs, s => (ReadOnlyMemory<byte>)Convert.FromBase64String(s));

        var viaYjsMerge = new Doc(new DocOptions { ClientId = 999_999_999 });
        viaYjsMerge.ApplyUpdate(Convert.FromBase64String(c.Merged));
        var viaLinear = new Doc(new DocOptions { ClientId = 999_999_999 });
        viaLinear.ApplyUpdate(EncodedUpdates.MergeUpdatesLinear(inputs));

        Assert.Equal(viaYjsMerge.EncodeStateVector(), viaLinear.EncodeStateVector());
        Assert.Equal(viaYjsMerge.EncodeStateAsUpdate(), viaLinear.EncodeStateAsUpdate());
    }
}
