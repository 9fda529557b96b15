using LessonStudy.Server.Features.Rendering.Compare;

namespace LessonStudy.Server.Tests.Rendering.Compare;

public sealed class CharDiffTests
{
    [Fact]
    public void Diff_ChineseWordReplaced_MarksOnlyThoseCharacters()
    {
        var (old, @new) = CharDiff.Diff("体会荷花的美", "体会荷叶的美");

        Assert.Equal([new LinePiece(0, 3, false), new LinePiece(3, 1, true), new LinePiece(4, 2, false)], @new);
        Assert.Equal([new LinePiece(0, 3, false), new LinePiece(3, 1, true), new LinePiece(4, 2, false)], old);
    }

    [Fact]
    public void Diff_SurrogatePairs_AreNeverSplit()
    {
        // 😀 and 😃 share their high surrogate; a per-char diff would keep it "same" and change only the low one.
        var (old, @new) = CharDiff.Diff("甲😀乙", "甲😃乙");

        Assert.Equal([new LinePiece(0, 1, false), new LinePiece(1, 2, true), new LinePiece(3, 1, false)], @new);
        Assert.Equal([new LinePiece(0, 1, false), new LinePiece(1, 2, true), new LinePiece(3, 1, false)], old);
    }

    [Fact]
    public void Diff_PureInsertion_OldSideUnchanged()
    {
        var (old, @new) = CharDiff.Diff("朗读", "有感情地朗读");

        Assert.Equal([new LinePiece(0, 2, false)], old);
        Assert.Equal([new LinePiece(0, 4, true), new LinePiece(4, 2, false)], @new);
    }
}
