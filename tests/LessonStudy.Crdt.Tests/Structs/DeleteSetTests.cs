using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Tests.Structs;

public class DeleteSetTests
{
    private static DeleteSet Make(params (ulong Client, long Clock, long Len)[] ranges)
    {
        var ds = new DeleteSet();
        foreach (var (client, clock, len) in ranges)
        {
            ds.Add(client, clock, len);
        }

        return ds;
    }

    [Fact]
    public void SortAndMerge_MergesOverlappingAndAdjacentRanges()
    {
        var ds = Make((1, 10, 2), (1, 0, 3), (1, 3, 1), (1, 11, 5), (1, 20, 1));
        ds.SortAndMerge();
        Assert.Equal([new DeleteItem(0, 4), new DeleteItem(10, 6), new DeleteItem(20, 1)], ds.Clients[1]);
        Assert.True(ds.IsDeleted(new ID(1, 15)));
        Assert.False(ds.IsDeleted(new ID(1, 16)));
        Assert.False(ds.IsDeleted(new ID(2, 0)));
    }

    [Fact]
    public void MergeDeleteSets_UnitesAllClients()
    {
        var merged = DeleteSet.MergeDeleteSets([Make((1, 0, 2)), Make((2, 5, 1), (1, 2, 2))]);
        Assert.True(DeleteSet.EqualDeleteSets(merged, Make((1, 0, 4), (2, 5, 1))));
        Assert.False(DeleteSet.EqualDeleteSets(merged, Make((1, 0, 4))));
    }

    [Fact]
    public void WriteAndRead_RoundTripInBothFormats()
    {
        var ds = Make((5, 0, 3), (5, 7, 1), (9, 2, 2));
        ds.SortAndMerge();
        var v1 = new DSEncoderV1();
        ds.Write(v1);
        // Clients descending: 9 first.
        Assert.Equal("0209010202050200030701", Convert.ToHexString(v1.ToArray()).ToLowerInvariant());
        Assert.True(DeleteSet.EqualDeleteSets(ds, DeleteSet.Read(new DSDecoderV1(v1.ToArray()))));
        var v2 = new DSEncoderV2();
        ds.Write(v2);
        Assert.True(DeleteSet.EqualDeleteSets(ds, DeleteSet.Read(new DSDecoderV2(v2.ToArray()))));
    }

    [Fact]
    public void Read_TruncatedInput_ThrowsFormatException() =>
        Assert.Throws<CrdtFormatException>(() => DeleteSet.Read(new DSDecoderV1(new byte[] { 0x02, 0x09, 0x01 })));

    [Fact]
    public void Read_OverRangeLimit_ThrowsFormatException()
    {
        var limits = DecodeLimits.Default with { MaxDeleteRanges = 1 };
        Assert.Throws<CrdtFormatException>(() =>
            DeleteSet.Read(new DSDecoderV1(Convert.FromHexString("0209010202050200030701"), limits)));
    }
}
