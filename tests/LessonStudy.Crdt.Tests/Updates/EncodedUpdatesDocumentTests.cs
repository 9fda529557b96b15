using LessonStudy.Crdt.Updates;

namespace LessonStudy.Crdt.Tests.Updates;

/// <summary>A merged update brings a document to the same state as the updates one by one.</summary>
public class EncodedUpdatesDocumentTests
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
    public void MergeUpdates_AppliedToDoc_SameStateAsEachUpdate(int index)
    {
        var c = UpdateFuzzCases.All[index];
        var inputs = Array.ConvertAll(c.Inputs, s => (ReadOnlyMemory<byte>)Convert.FromBase64String(s));
        var one = new Doc(new DocOptions { ClientId = 999_999_999 });
        foreach (var u in inputs)
        {
            one.ApplyUpdate(u);
        }

        var merged = new Doc(new DocOptions { ClientId = 999_999_999 });
        merged.ApplyUpdate(EncodedUpdates.MergeUpdates(inputs));

        Assert.True(
            Convert.ToHexString(one.EncodeStateAsUpdate()) == Convert.ToHexString(merged.EncodeStateAsUpdate()),
            $"state differs for seed {c.Seed}");
    }
}
