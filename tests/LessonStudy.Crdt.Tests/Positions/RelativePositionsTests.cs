using LessonStudy.Crdt.Positions;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Tests.Positions;

public class RelativePositionsTests
{
    public static TheoryData<int> Cases()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < RelativePositionGoldenCases.All.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    /// <summary>yjs creates the positions in one state and resolves them after more concurrent edits.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Positions_YjsScenario_SameBytesAndIndexes(int index)
    {
        var c = RelativePositionGoldenCases.All[index];
        var doc = new Doc(new DocOptions { ClientId = 1 });
        doc.ApplyUpdate(Convert.FromHexString(c.Before));
        var created = new List<RelativePosition>();
        foreach (var p in c.Positions)
        {
            AbstractType type = p.Type == "t" ? doc.GetText("t") : doc.GetArray("a");
            var rpos = RelativePositions.CreateRelativePositionFromTypeIndex(type, p.Index, p.Assoc);
            Assert.Equal(p.Encoded, Convert.ToHexString(RelativePositions.EncodeRelativePosition(rpos)).ToLowerInvariant());
            created.Add(rpos);
        }

        doc.ApplyUpdate(Convert.FromHexString(c.After));

        for (var i = 0; i < c.Positions.Length; i++)
        {
            var p = c.Positions[i];
            var decoded = RelativePositions.DecodeRelativePosition(Convert.FromHexString(p.Encoded));
            var abs = RelativePositions.CreateAbsolutePositionFromRelativePosition(decoded, doc);
            Assert.Equal(p.IndexAfter, abs?.Index ?? -1);
            Assert.Equal(p.IndexAfter, RelativePositions.CreateAbsolutePositionFromRelativePosition(created[i], doc, followUndoneDeletions: false)?.Index ?? -1);
            if (abs is not null)
            {
                Assert.Same(p.Type == "t" ? doc.GetText("t") : doc.GetArray("a"), abs.Type);
            }
        }
    }

    [Fact]
    public void CreateAbsolute_RemoteInsertBefore_PositionMovesAlong()
    {
        var (a, b) = Peers();
        a.GetText("t").Insert(0, "hello");
        Sync(a, b);
        var rpos = RelativePositions.CreateRelativePositionFromTypeIndex(a.GetText("t"), 2);

        b.GetText("t").Insert(0, "XX");
        b.GetText("t").Insert(6, "YY");
        Sync(a, b);

        Assert.Equal("XXhellYYo", a.GetText("t").ToString());
        Assert.Equal(4, RelativePositions.CreateAbsolutePositionFromRelativePosition(rpos, a)!.Index);
    }

    [Fact]
    public void CreateAbsolute_AssocBeforeAtEnd_StaysAfterLastCharacter()
    {
        var (a, b) = Peers();
        a.GetText("t").Insert(0, "ab");
        Sync(a, b);
        var after = RelativePositions.CreateRelativePositionFromTypeIndex(a.GetText("t"), 2, assoc: -1);
        var end = RelativePositions.CreateRelativePositionFromTypeIndex(a.GetText("t"), 2);

        b.GetText("t").Insert(2, "cd");
        Sync(a, b);

        Assert.Equal(2, RelativePositions.CreateAbsolutePositionFromRelativePosition(after, a)!.Index);
        Assert.Equal(4, RelativePositions.CreateAbsolutePositionFromRelativePosition(end, a)!.Index);
        Assert.Equal("t", end.TName);
        Assert.Null(end.Item);
    }

    [Fact]
    public void CreateAbsolute_CharacterDeleted_PositionAtTheGap()
    {
        var (a, b) = Peers();
        a.GetText("t").Insert(0, "abcdef");
        Sync(a, b);
        var rpos = RelativePositions.CreateRelativePositionFromTypeIndex(a.GetText("t"), 3);

        b.GetText("t").Delete(2, 3);
        Sync(a, b);

        Assert.Equal("abf", a.GetText("t").ToString());
        Assert.Equal(2, RelativePositions.CreateAbsolutePositionFromRelativePosition(rpos, a)!.Index);
    }

    [Fact]
    public void CreateAbsolute_UnknownItem_Null()
    {
        var rpos = new RelativePosition(null, "t", new ID(77, 5), 0);

        Assert.Null(RelativePositions.CreateAbsolutePositionFromRelativePosition(rpos, new Doc()));
        Assert.Null(RelativePositions.CreateAbsolutePositionFromRelativePosition(new RelativePosition(new ID(77, 0), null, null), new Doc()));
    }

    [Fact]
    public void CreateRelative_NestedType_UsesTypeItemIdAndResolves()
    {
        var doc = new Doc(new DocOptions { ClientId = 1 });
        doc.GetText("text").Insert(0, "abc");
        var nested = new YText();
        doc.GetMap("m").Set("n", nested);
        nested.Insert(0, "xy");

        var end = RelativePositions.CreateRelativePositionFromTypeIndex(nested, 3, assoc: -1);
        var atEnd = RelativePositions.CreateRelativePositionFromTypeIndex(nested, 2);

        // yjs 13.6.33 for the same document (see RelativePositionEncodingTests).
        Assert.Equal("00010541", Convert.ToHexString(RelativePositions.EncodeRelativePosition(end)));
        Assert.Equal("02010300", Convert.ToHexString(RelativePositions.EncodeRelativePosition(atEnd)));
        var abs = RelativePositions.CreateAbsolutePositionFromRelativePosition(RelativePositions.DecodeRelativePosition(RelativePositions.EncodeRelativePosition(atEnd)), doc);
        Assert.Same(nested, abs!.Type);
        Assert.Equal(2, abs.Index);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void CreateAbsolute_NestedTypeDeleted_NullWhenCollectedElseZero(bool gc)
    {
        var doc = new Doc(new DocOptions { ClientId = 1, Gc = gc });
        var nested = new YText();
        doc.GetMap("m").Set("n", nested);
        nested.Insert(0, "xyz");
        var inside = RelativePositions.CreateRelativePositionFromTypeIndex(nested, 2);
        var atEnd = RelativePositions.CreateRelativePositionFromTypeIndex(nested, 3);

        doc.GetMap("m").Delete("n");

        // yjs 13.6.33: null, null with gc; 0, 0 without.
        int? expected = gc ? null : 0;
        Assert.Equal(expected, RelativePositions.CreateAbsolutePositionFromRelativePosition(inside, doc)?.Index);
        Assert.Equal(expected, RelativePositions.CreateAbsolutePositionFromRelativePosition(atEnd, doc)?.Index);
    }

    [Fact]
    public void CreateAbsolute_RedoneItem_FollowedOnlyWhenAsked()
    {
        // What an undo manager does when it restores a deletion: new content, and the deleted
        // item points at it through Redone.
        var doc = new Doc(new DocOptions { ClientId = 1, Gc = false });
        var text = doc.GetText("t");
        text.Insert(0, "abc");
        var rpos = RelativePositions.CreateRelativePositionFromTypeIndex(text, 1);
        text.Delete(1, 1);
        text.Insert(2, "B");
        doc.Store.GetItem(new ID(1, 1)).Redone = new ID(1, 3);

        Assert.Equal("acB", text.ToString());
        Assert.Equal(2, RelativePositions.CreateAbsolutePositionFromRelativePosition(rpos, doc)!.Index);
        Assert.Equal(1, RelativePositions.CreateAbsolutePositionFromRelativePosition(rpos, doc, followUndoneDeletions: false)!.Index);
    }

    [Fact]
    public void CreateRelative_TypeWithoutDocument_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => RelativePositions.CreateRelativePositionFromTypeIndex(new YText(), 0));
    }

    private static (Doc A, Doc B) Peers() => (new Doc(new DocOptions { ClientId = 1 }), new Doc(new DocOptions { ClientId = 2 }));

    private static void Sync(Doc a, Doc b)
    {
        b.ApplyUpdate(a.EncodeStateAsUpdate(b.EncodeStateVector()));
        a.ApplyUpdate(b.EncodeStateAsUpdate(a.EncodeStateVector()));
    }
}
