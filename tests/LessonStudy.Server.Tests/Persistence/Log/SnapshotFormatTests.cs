using LessonStudy.Server.Features.Persistence.Log;

namespace LessonStudy.Server.Tests.Persistence.Log;

public sealed class SnapshotFormatTests
{
    private static readonly KeyValuePair<string, long>[] Covered =
    [
        new("log/node-a-0000000001.log", 123),
        new("log/node-b-0000000007.log", 4_294_967_296),
    ];

    [Fact]
    public void Decode_Encoded_GivesBackTheSegmentsAndTheState()
    {
        var bytes = SnapshotFormat.Encode(Covered, [9, 8, 7]);

        var content = SnapshotFormat.Decode(bytes, out var problem);

        Assert.Null(problem);
        Assert.NotNull(content);
        Assert.Equal(Covered, content.Covered.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal([9, 8, 7], content.State.ToArray());
    }

    [Fact]
    public void Encode_StartsWithMagicVersionAndChecksum()
    {
        var bytes = SnapshotFormat.Encode([], [1]);

        Assert.Equal("LSSN"u8.ToArray(), bytes[..4]);
        Assert.Equal([1, 0, 0, 0], bytes[4..8]);
        Assert.Equal(12 + 4 + 4 + 1, bytes.Length);
        Assert.Equal(System.IO.Hashing.Crc32.HashToUInt32(bytes.AsSpan(12)), BitConverter.ToUInt32(bytes, 8));
    }

    [Fact]
    public void Decode_EveryFlippedByte_IsRejected()
    {
        var bytes = SnapshotFormat.Encode(Covered, [9, 8, 7]);
        for (var i = 0; i < bytes.Length; i++)
        {
            var damaged = (byte[])bytes.Clone();
            damaged[i] ^= 0x10;

            Assert.True(SnapshotFormat.Decode(damaged, out var problem) is null, $"byte {i} flipped was accepted");
            Assert.NotNull(problem);
        }
    }

    [Fact]
    public void Decode_Truncated_IsRejected()
    {
        var bytes = SnapshotFormat.Encode(Covered, [9, 8, 7]);

        Assert.Null(SnapshotFormat.Decode(bytes.AsMemory(0, bytes.Length - 1), out _));
        Assert.Null(SnapshotFormat.Decode(bytes.AsMemory(0, 10), out _));
        Assert.Null(SnapshotFormat.Decode(ReadOnlyMemory<byte>.Empty, out _));
    }

    [Fact]
    public void Decode_NewerVersion_SaysSo()
    {
        var bytes = SnapshotFormat.Encode(Covered, [1]);
        bytes[4] = 2;

        Assert.Null(SnapshotFormat.Decode(bytes, out var problem));
        Assert.Contains("format version 2", problem, StringComparison.Ordinal);
    }
}
