using LessonStudy.Server.Features.Persistence.Log;

namespace LessonStudy.Server.Tests.Persistence.Log;

public sealed class DocumentBlobNamesTests
{
    private readonly DocumentBlobNames names = new("0123456789abcdef0123456789abcdef");

    [Fact]
    public void Segment_WithAHyphenatedNode_ParsesBack()
    {
        var relative = DocumentBlobNames.Segment("web-node-2", 42);

        Assert.Equal("log/web-node-2-0000000042.log", relative);
        Assert.Equal((relative, "web-node-2", 42L), names.ParseSegment(names.Blob(relative)));
    }

    [Fact]
    public void Snapshot_ParsesBack()
    {
        Assert.Equal(7L, names.ParseSnapshot(names.Blob(DocumentBlobNames.Snapshot(7))));
        Assert.Equal("documents/0123456789abcdef0123456789abcdef/snapshot-0000000007.bin", names.Blob(DocumentBlobNames.Snapshot(7)));
    }

    [Theory]
    [InlineData("documents/0123456789abcdef0123456789abcdef/document.json")]
    [InlineData("documents/0123456789abcdef0123456789abcdef/log/-0000000001.log")]
    [InlineData("documents/0123456789abcdef0123456789abcdef/log/n-000000001.log")]
    [InlineData("documents/0123456789abcdef0123456789abcdef/log/n-00000000x1.log")]
    [InlineData("documents/0123456789abcdef0123456789abcdef/log/n-0000000001.bin")]
    [InlineData("documents/0123456789abcdef0123456789abcdef/snapshot-1.bin")]
    [InlineData("documents/ffffffffffffffffffffffffffffffff/snapshot-0000000001.bin")]
    public void Parse_OtherBlobs_AreNeitherSnapshotsNorSegments(string name)
    {
        Assert.Null(names.ParseSnapshot(name));
        Assert.Null(names.ParseSegment(name));
    }
}
