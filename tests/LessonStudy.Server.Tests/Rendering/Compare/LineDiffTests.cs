using LessonStudy.Server.Features.Rendering.Compare;

namespace LessonStudy.Server.Tests.Rendering.Compare;

public sealed class LineDiffTests
{
    [Fact]
    public void Pair_EditedAndReplacedLines_AlikeOnesChangedOthersRemovedAndAdded()
    {
        var old = SourceLines.Split("甲\n体会荷花的美\n丙\n丁");
        var @new = SourceLines.Split("甲\n体会荷叶的美\n新\n丁\n戊");

        var pairs = LineDiff.Pair(old, @new).Select(p => (p.Old?.Text, p.New?.Text)).ToList();

        Assert.Equal([("甲", "甲"), ("体会荷花的美", "体会荷叶的美"), ("丙", null), (null, "新"), ("丁", "丁"), (null, "戊")], pairs);
    }

    [Fact]
    public void Pair_InsertedLineBeforeAnEditedOne_PairsTheEditNotThePosition()
    {
        var old = SourceLines.Split("1. 认识生字。\n2. 体会荷花的美。");
        var @new = SourceLines.Split("1. 认识生字。\n2. 有感情地朗读课文。\n3. 体会荷叶的美。");

        var pairs = LineDiff.Pair(old, @new).Select(p => (p.Old?.Text, p.New?.Text)).ToList();

        Assert.Equal([("1. 认识生字。", "1. 认识生字。"), (null, "2. 有感情地朗读课文。"), ("2. 体会荷花的美。", "3. 体会荷叶的美。")], pairs);
    }

    [Fact]
    public void Pair_OneSideEmpty_AllAddedOrRemoved()
    {
        Assert.All(LineDiff.Pair([], SourceLines.Split("甲\n乙")), p => Assert.Null(p.Old));
        Assert.All(LineDiff.Pair(SourceLines.Split("甲\n乙"), []), p => Assert.Null(p.New));
        Assert.Equal(2, LineDiff.Pair([], SourceLines.Split("甲\n乙")).Count);
    }

    [Theory]
    [InlineData("体会荷花的美", "体会荷花的美", 1.0)]
    [InlineData("abcd", "wxyz", 0.0)]
    [InlineData("ab", "abcd", 2.0 / 3)]
    [InlineData("", "", 1.0)]
    public void Likeness_SharedCharacters_DiceCoefficient(string a, string b, double expected)
    {
        Assert.Equal(expected, LineDiff.Likeness(a, b), precision: 6);
    }

    [Fact]
    public void Pair_EveryLineAppearsOnceInOrder()
    {
        // Property over seeded random edits: the pairing is a merge of both sides, each in its own order.
        var seed = Environment.TickCount;
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var old = RandomLines(random);
            var @new = old.Where(_ => random.Next(4) != 0).Select(l => random.Next(5) == 0 ? l + "改" : l).ToList();
            @new.InsertRange(random.Next(@new.Count + 1), RandomLines(random).Take(random.Next(3)));

            var pairs = LineDiff.Pair(SourceLines.Split(string.Join('\n', old)), SourceLines.Split(string.Join('\n', @new)));

            Assert.True(pairs.Where(p => p.Old is not null).Select(p => p.Old!.Value.Text).SequenceEqual(TrimLast(old)), $"seed {seed}");
            Assert.True(pairs.Where(p => p.New is not null).Select(p => p.New!.Value.Text).SequenceEqual(TrimLast(@new)), $"seed {seed}");
        }
    }

    private static List<string> RandomLines(Random random) =>
        [.. Enumerable.Range(0, random.Next(1, 8)).Select(_ => new string("甲乙丙丁戊己"[random.Next(6)], random.Next(1, 4)))];

    /// <summary>SourceLines has no line after a final line break; joining never ends with one unless the last line is empty.</summary>
    private static IEnumerable<string> TrimLast(List<string> lines) => lines.Count > 0 && lines[^1].Length == 0 ? lines[..^1] : lines;
}
