using LessonStudy.Crdt.Positions;
using LessonStudy.Crdt.Sync;
using LessonStudy.Crdt.Updates;
using LessonStudy.TestKit;

namespace LessonStudy.Crdt.Tests.Properties;

/// <summary>Valid updates to start from (the yjs golden fixtures, v1 and v2) and the ways to break them.</summary>
internal static class MalformedCorpus
{
    public sealed record Sample(byte[] Bytes, bool V2);

    public static IReadOnlyList<Sample> Load()
    {
        var dir = Path.Combine(RepoPaths.Oracle, "golden");
        var samples = new List<Sample>();
        foreach (var file in Directory.GetFiles(dir, "*.bin").Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".v1.bin", StringComparison.Ordinal))
            {
                samples.Add(new Sample(File.ReadAllBytes(file), false));
            }
            else if (file.EndsWith(".v2.bin", StringComparison.Ordinal))
            {
                samples.Add(new Sample(File.ReadAllBytes(file), true));
            }
        }

        Assert.True(samples.Count >= 20, $"expected the golden updates in {dir}");
        return samples;
    }

    /// <summary>A document with content of every kind that malformed updates are applied on top of.</summary>
    public static byte[] BaseDocumentState()
    {
        var doc = new Doc(new DocOptions { ClientId = 7 });
        doc.GetText("content").Insert(0, "教学目标 😀 goals");
        doc.GetMap("meta").Set("title", "春");
        doc.GetArray("items").Insert(0, [1, "two"]);
        return doc.EncodeStateAsUpdate();
    }

    public static (byte[] Input, bool V2) Mutate(IReadOnlyList<Sample> corpus, Random random)
    {
        var sample = corpus[random.Next(corpus.Count)];
        var v2 = random.Next(10) == 0 ? !sample.V2 : sample.V2;
        var bytes = new List<byte>(sample.Bytes);
        var mutations = 1 + random.Next(3);
        for (var m = 0; m < mutations; m++)
        {
            switch (random.Next(8))
            {
                case 0 when bytes.Count > 0:
                    bytes[random.Next(bytes.Count)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                    break;
                case 2 when bytes.Count > 0:
                    var cut = random.Next(bytes.Count);
                    bytes.RemoveRange(cut, bytes.Count - cut);
                    break;
                case 3:
                    bytes.Insert(random.Next(bytes.Count + 1), (byte)random.Next(256));
                    break;
                case 4 when bytes.Count > 0:
                    bytes.RemoveAt(random.Next(bytes.Count));
                    break;
                case 5 when bytes.Count > 1:
                    var from = random.Next(bytes.Count);
                    var len = random.Next(1, Math.Min(16, bytes.Count - from) + 1);
                    bytes.InsertRange(random.Next(bytes.Count + 1), bytes.GetRange(from, len));
                    break;
                case 6:
                    var huge = new byte[] { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f };
                    bytes.InsertRange(random.Next(bytes.Count + 1), huge.AsSpan(random.Next(huge.Length)).ToArray());
                    break;
                default:
                    var noise = new byte[random.Next(1, 64)];
                    random.NextBytes(noise);
                    if (random.Next(4) == 0)
                    {
                        bytes.Clear();
                    }

                    bytes.AddRange(noise);
                    break;
            }
        }

        return (bytes.ToArray(), v2);
    }

    public static IEnumerable<(string Name, Action Operation)> DocumentlessOperations(byte[] input, bool v2, Sample valid)
    {
        if (v2)
        {
            yield return ("MergeUpdatesV2", () => EncodedUpdates.MergeUpdatesV2([input]));
            yield return ("MergeUpdatesV2 with a valid one", () => EncodedUpdates.MergeUpdatesV2(valid.V2 ? [valid.Bytes, input] : [input]));
            yield return ("DiffUpdateV2", () => EncodedUpdates.DiffUpdateV2(input, new byte[] { 1, 1, 1 }));
            yield return ("EncodeStateVectorFromUpdateV2", () => EncodedUpdates.EncodeStateVectorFromUpdateV2(input));
            yield return ("ConvertUpdateFormatV2ToV1", () => EncodedUpdates.ConvertUpdateFormatV2ToV1(input));
        }
        else
        {
            yield return ("MergeUpdates", () => EncodedUpdates.MergeUpdates([input]));
            yield return ("MergeUpdates with a valid one", () => EncodedUpdates.MergeUpdates(valid.V2 ? [input] : [valid.Bytes, input]));
            yield return ("DiffUpdate", () => EncodedUpdates.DiffUpdate(input, new byte[] { 1, 1, 1 }));
            yield return ("DiffUpdate with a malformed state vector", () => EncodedUpdates.DiffUpdate(valid.V2 ? new byte[] { 0, 0 } : valid.Bytes, input));
            yield return ("EncodeStateVectorFromUpdate", () => EncodedUpdates.EncodeStateVectorFromUpdate(input));
            yield return ("ConvertUpdateFormatV1ToV2", () => EncodedUpdates.ConvertUpdateFormatV1ToV2(input));
        }

        yield return ("DecodeStateVector", () => Doc.DecodeStateVector(input));
        yield return ("DecodeRelativePosition", () => RelativePositions.DecodeRelativePosition(input));
        yield return ("DecodeSnapshot", () => Snapshot.Decode(input));
        yield return ("DecodeSnapshotV2", () => Snapshot.DecodeV2(input));
        yield return ("DecodeProtocolMessage", () => ProtocolMessage.Decode(input));
        yield return ("ApplyAwarenessUpdate", () => new Awareness(5).ApplyUpdate(input, null));
    }
}
