using System.Buffers.Binary;
using LessonStudy.Server.Features.Persistence.Log;

namespace LessonStudy.Server.Tests.Persistence.Log;

public sealed class LogRecordFormatTests
{
    private static byte[] Records(params byte[][] payloads)
    {
        var bytes = new byte[payloads.Sum(p => p.Length + LogRecordFormat.HeaderBytes)];
        var offset = 0;
        foreach (var payload in payloads)
        {
            offset += LogRecordFormat.Write(bytes.AsSpan(offset), payload);
        }

        return bytes;
    }

    [Fact]
    public void Read_WholeRecords_ReturnsEveryPayloadInOrder()
    {
        var bytes = Records([1, 2, 3], [4], [5, 6]);
        var payloads = new List<ReadOnlyMemory<byte>>();

        var result = LogRecordFormat.Read(bytes, 0, payloads);

        Assert.Equal(new LogReadResult(bytes.Length, null), result);
        Assert.Equal([[1, 2, 3], [4], [5, 6]], payloads.Select(p => p.ToArray()));
    }

    [Fact]
    public void Write_LaysOutLengthChecksumPayloadLittleEndian()
    {
        var bytes = Records([0xAA, 0xBB]);

        Assert.Equal(2u, BinaryPrimitives.ReadUInt32LittleEndian(bytes));
        Assert.Equal(
            System.IO.Hashing.Crc32.HashToUInt32([2, 0, 0, 0, 0xAA, 0xBB]),
            BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4)));
        Assert.Equal([0xAA, 0xBB], bytes[8..]);
    }

    [Fact]
    public void Read_FromAnOffset_SkipsWhatIsBeforeIt()
    {
        var bytes = Records([1], [2, 2]);
        var payloads = new List<ReadOnlyMemory<byte>>();

        LogRecordFormat.Read(bytes, 9, payloads);

        Assert.Equal([[2, 2]], payloads.Select(p => p.ToArray()));
    }

    [Theory]
    [InlineData(1, "too few for a record header")]
    [InlineData(7, "too few for a record header")]
    [InlineData(8, "runs past the end")]
    [InlineData(10, "runs past the end")]
    public void Read_CutShort_StopsAtTheLastWholeRecord(int bytesOfTheSecondRecord, string problem)
    {
        var bytes = Records([1, 2], [3, 4, 5]);
        var cut = bytes[..(10 + bytesOfTheSecondRecord)];
        var payloads = new List<ReadOnlyMemory<byte>>();

        var result = LogRecordFormat.Read(cut, 0, payloads);

        Assert.Equal(10, result.End);
        Assert.Contains(problem, result.Problem, StringComparison.Ordinal);
        Assert.Single(payloads);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(10)]
    public void Read_AnyFlippedBit_IsCaught(int byteIndex)
    {
        var bytes = Records([1, 2, 3]);
        bytes[byteIndex] ^= 0x01;
        var payloads = new List<ReadOnlyMemory<byte>>();

        var result = LogRecordFormat.Read(bytes, 0, payloads);

        Assert.Equal(0, result.End);
        Assert.NotNull(result.Problem);
        Assert.Empty(payloads);
    }

    [Fact]
    public void Read_ZeroLength_IsATornTail()
    {
        var result = LogRecordFormat.Read(new byte[16], 0, []);

        Assert.Equal(new LogReadResult(0, "a record of length 0"), result);
    }
}
