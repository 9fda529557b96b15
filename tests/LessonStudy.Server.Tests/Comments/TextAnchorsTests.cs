using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Crdt;
using LessonStudy.Crdt.Positions;
using LessonStudy.Server.Features.Comments;

namespace LessonStudy.Server.Tests.Comments;

public sealed class TextAnchorsTests
{
    private const string Quote = "理解分数的意义";

    [Fact]
    public void Resolve_AfterConcurrentInsertsAroundTheRange_FindsTheSameText()
    {
        var (doc, start, end) = Anchored("# 教学目标\n理解分数的意义。\n");
        var other = new Doc();
        other.ApplyUpdate(doc.EncodeStateAsUpdate());

        // Two peers edit at once: one before the range and at its left edge, one at its right edge.
        other.Transact(_ => other.GetText("content").Insert(0, "课题：分数\n"));
        doc.Transact(_ =>
        {
            var text = doc.GetText("content");
            var at = text.ToString().IndexOf(Quote, StringComparison.Ordinal);
            text.Insert(at + Quote.Length, "（一）");
            text.Insert(at, "学生");
        });
        doc.ApplyUpdate(other.EncodeStateAsUpdate());

        var place = TextAnchors.Resolve(doc, start, end, Quote);

        Assert.Equal(AnchorStatuses.Present, place.Status);
        Assert.Equal(Quote, place.Text);
        Assert.Equal(doc.GetText("content").ToString().IndexOf(Quote, StringComparison.Ordinal), place.Index);
    }

    [Fact]
    public void Resolve_TextTypedInside_IsChangedWithTheNewText()
    {
        var (doc, start, end) = Anchored("理解分数的意义");
        doc.Transact(_ => doc.GetText("content").Insert(2, "并掌握"));

        var place = TextAnchors.Resolve(doc, start, end, Quote);

        Assert.Equal(AnchorStatuses.Changed, place.Status);
        Assert.Equal("理解并掌握分数的意义", place.Text);
    }

    [Fact]
    public void Resolve_RangeDeleted_IsDeleted()
    {
        var (doc, start, end) = Anchored("前文理解分数的意义后文");
        doc.Transact(_ => doc.GetText("content").Delete(2, Quote.Length));

        var place = TextAnchors.Resolve(doc, start, end, Quote);

        Assert.True(place.Deleted);
        Assert.Equal(AnchorStatuses.Deleted, place.Status);
    }

    [Fact]
    public void Resolve_RangeDeletedAndStateReloaded_IsDeleted()
    {
        var (doc, start, end) = Anchored("前文理解分数的意义后文");
        doc.Transact(_ => doc.GetText("content").Delete(0, doc.GetText("content").Length));

        // The garbage-collected state, as a version stores it.
        var reloaded = TextAnchors.Load(doc.EncodeStateAsUpdate());

        Assert.True(TextAnchors.Resolve(reloaded, start, end, Quote).Deleted);
    }

    [Fact]
    public void Resolve_OnAnOlderState_IsAbsent()
    {
        var older = new Doc();
        older.Transact(_ => older.GetText("content").Insert(0, "开头"));
        var doc = new Doc();
        doc.ApplyUpdate(older.EncodeStateAsUpdate());
        doc.Transact(_ => doc.GetText("content").Insert(2, Quote));
        var text = doc.GetText("content");
        var start = RelativePositions.CreateRelativePositionFromTypeIndex(text, 2);
        var end = RelativePositions.CreateRelativePositionFromTypeIndex(text, 2 + Quote.Length, -1);

        Assert.Equal(AnchorStatuses.Absent, TextAnchors.Resolve(TextAnchors.Load(older.EncodeStateAsUpdate()), start, end, Quote).Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("BQ==")]
    public void Decode_NotARelativePosition_IsNull(string? value) => Assert.Null(TextAnchors.Decode(value));

    [Fact]
    public void Decode_EncodedPosition_RoundTrips()
    {
        var (_, start, _) = Anchored(Quote);
        var encoded = Convert.ToBase64String(RelativePositions.EncodeRelativePosition(start));

        // The binary form keeps the item and the association (the root's name only for end-of-type positions).
        var decoded = TextAnchors.Decode(encoded);
        Assert.Equal(start.Item, decoded!.Item);
        Assert.Equal(start.Assoc, decoded.Assoc);
    }

    private static (Doc Doc, RelativePosition Start, RelativePosition End) Anchored(string content)
    {
        var doc = new Doc();
        doc.Transact(_ => doc.GetText("content").Insert(0, content));
        var text = doc.GetText("content");
        var at = content.IndexOf(Quote, StringComparison.Ordinal);
        return (doc, RelativePositions.CreateRelativePositionFromTypeIndex(text, at), RelativePositions.CreateRelativePositionFromTypeIndex(text, at + Quote.Length, -1));
    }
}
