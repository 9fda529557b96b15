using System.Text.Json;
using LessonStudy.Crdt.Updates;

namespace LessonStudy.Crdt.Tests.Updates;

/// <summary>Outputs of yjs 13.6.33 <c>updates.js</c> (see Golden/generate.mjs), reproduced byte for byte.</summary>
public class EncodedUpdatesGoldenTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in UpdateGoldenCases.All)
        {
            data.Add(c.Name, c.Op);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Operation_YjsInput_MatchesYjsBytes(string name, string op)
    {
        var c = Array.Find(UpdateGoldenCases.All, x => x.Name == name && x.Op == op);
        var inputs = Array.ConvertAll(c.Inputs, h => (ReadOnlyMemory<byte>)Convert.FromHexString(h));
        var extra = Convert.FromHexString(c.Extra);
        var expected = Convert.FromHexString(c.Output);

        if (op == "meta")
        {
            var meta = EncodedUpdates.ParseUpdateMeta(inputs[0]);
            var json = JsonSerializer.Deserialize<long[][][]>(System.Text.Encoding.UTF8.GetString(expected))!;
            Assert.Equal(json[0].Select(e => ((ulong)e[0], e[1])), meta.From.Select(kv => (kv.Key, kv.Value)));
            Assert.Equal(json[1].Select(e => ((ulong)e[0], e[1])), meta.To.Select(kv => (kv.Key, kv.Value)));
            return;
        }

        var actual = op switch
        {
            "merge" => EncodedUpdates.MergeUpdates(inputs),
            "mergeV2" => EncodedUpdates.MergeUpdatesV2(inputs),
            "diff" => EncodedUpdates.DiffUpdate(inputs[0], extra),
            "diffV2" => EncodedUpdates.DiffUpdateV2(inputs[0], extra),
            "sv" => EncodedUpdates.EncodeStateVectorFromUpdate(inputs[0]),
            "svV2" => EncodedUpdates.EncodeStateVectorFromUpdateV2(inputs[0]),
            "v1tov2" => EncodedUpdates.ConvertUpdateFormatV1ToV2(inputs[0]),
            "v2tov1" => EncodedUpdates.ConvertUpdateFormatV2ToV1(inputs[0]),
            _ => throw new InvalidOperationException(op),
        };

        Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(actual));
    }
}
