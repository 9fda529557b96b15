using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Tests.Structs;

/// <summary>Legacy JSON content (ref 2), which current yjs only reads and re-writes (bytes from yjs 13.6.33).</summary>
public class ContentJsonTests
{
    private const string V1 = "010107000201016103167b2278223a312c2262223a5b312e352c6e756c6c5d7d09756e646566696e65640322732200";
    private const string V2 = "00000107000001022823617b2278223a312c2262223a5b312e352c6e756c6c5d7d756e646566696e656422732201160903010100010301010000";

    [Fact]
    public void LegacyJsonItem_RoundTripsInBothFormats()
    {
        var doc = new Doc(new DocOptions { ClientId = 1 });
        doc.ApplyUpdate(Convert.FromHexString(V1));
        var item = (Item)doc.Store.Clients[7][0];
        var content = Assert.IsType<ContentJSON>(item.Content);
        Assert.Equal(3, content.GetLength());
        Assert.IsType<JsObject>(content.Arr[0]);
        Assert.Same(JsUndefined.Value, content.Arr[1]);
        Assert.Equal("s", content.Arr[2]);
        Assert.Equal(V1, Convert.ToHexString(doc.EncodeStateAsUpdate()).ToLowerInvariant());
        Assert.Equal(V2, Convert.ToHexString(doc.EncodeStateAsUpdateV2()).ToLowerInvariant());
    }
}
