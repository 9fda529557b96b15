namespace LessonStudy.Crdt.Tests.Document;

// Golden bytes from yjs 13.6.33 (/work/ref): clients 1 and 2 concurrently bold "b" of "abc" in root
// "content" (duplicate bold=true/null format pairs once merged); client 3, concurrently, in one
// transaction deletes "a" and inserts italic "o" into root "other". Reduced from oracle seeds 133/165.
public class RemoteFormattingCleanupTests
{
    private static readonly byte[][] Updates =
    [
        Convert.FromHexString("01010100040107636f6e74656e740361626300"),
        Convert.FromHexString("01020103c60100010104626f6c640474727565c60101010204626f6c64046e756c6c00"),
        Convert.FromHexString("01020200c60100010104626f6c640474727565c60101010204626f6c64046e756c6c00"),
        Convert.FromHexString("010303000601056f74686572066974616c69630474727565840300016f860301066974616c6963046e756c6c0101010001"),
    ];

    // The remote transaction of the last update runs the YText cleanup (triggered by the formatted
    // "other"); the deleted "a" sits next to the duplicate formats in "content", so yjs deletes
    // client 1's bold=true (1:0) by the contextless gap cleanup.
    private const string CleanedState =
        "030303000601056f74686572066974616c69630474727565840300016f860301066974616c6963046e756c6c020200c60100010104626f6c640474727565c60101010204626f6c64046e756c6c050100010107636f6e74656e740184010001628401010163c10100010101c60101010204626f6c64046e756c6c01010200010301";

    // No typed YText with formatting took part, so no cleanup ran: both bold=true items remain.
    private const string UncleanedState =
        "030303000601056f74686572066974616c69630474727565840300016f860301066974616c6963046e756c6c020200c60100010104626f6c640474727565c60101010204626f6c64046e756c6c050100010107636f6e74656e740184010001628401010163c60100010104626f6c640474727565c60101010204626f6c64046e756c6c0101010001";

    private static Doc Replay(params string[] typedTexts)
    {
        var doc = new Doc(new DocOptions { ClientId = 9 });
        foreach (var name in typedTexts)
        {
            doc.GetText(name);
        }

        foreach (var u in Updates)
        {
            doc.ApplyUpdate(u);
        }

        return doc;
    }

    [Fact]
    public void RemoteDelete_InUntypedRootWithFormats_CleansDuplicateFormatsLikeYjs()
    {
        // "content" is never asked for, so it stays the untyped root yjs also keeps; yjs flags
        // _hasFormatting on it all the same and cleans it.
        var doc = Replay("other");
        Assert.Equal(CleanedState, Convert.ToHexStringLower(doc.EncodeStateAsUpdate()));
    }

    [Fact]
    public void RemoteDelete_InTypedText_CleansDuplicateFormatsLikeYjs()
    {
        var doc = Replay("other", "content");
        Assert.Equal(CleanedState, Convert.ToHexStringLower(doc.EncodeStateAsUpdate()));
    }

    [Fact]
    public void RemoteDelete_WithoutFormattedTypedText_LeavesFormatsLikeYjs()
    {
        var doc = Replay();
        Assert.Equal(UncleanedState, Convert.ToHexStringLower(doc.EncodeStateAsUpdate()));
    }
}
