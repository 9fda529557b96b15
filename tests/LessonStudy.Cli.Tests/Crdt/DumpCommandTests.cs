namespace LessonStudy.Cli.Tests.Crdt;

public class DumpCommandTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in Golden.Updates())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Dump_YjsFixture_PrintsWhatYjsDumps(string name)
    {
        var hints = Golden.Updates().Single(u => u.Name == name).TypeArgs;
        var expected = File.ReadAllText(Golden.File(name + ".json"));

        var v1 = CliProcess.Run(["crdt", "dump", Golden.File(name + ".v1.bin"), .. hints]);
        var v2 = CliProcess.Run(["crdt", "dump", Golden.File(name + ".v2.bin"), "--v2", .. hints]);

        Assert.True(v1.ExitCode == 0, v1.Stderr);
        Golden.AssertSameJson(expected, v1.Stdout, $"{name} v1");
        Assert.True(v2.ExitCode == 0, v2.Stderr);
        Golden.AssertSameJson(expected, v2.Stdout, $"{name} v2");
    }

    [Fact]
    public void Dump_SeveralFiles_AppliesThemInOrderToOneDocument()
    {
        var result = CliProcess.Run("crdt", "dump", Golden.File("text-basic.v1.bin"), Golden.File("format.v1.bin"), "--type", "text=text");

        Assert.Equal(0, result.ExitCode);
        // Both updates write root "text" from different clients; the dump is their merge.
        Assert.Contains("\"text\":", result.Stdout, StringComparison.Ordinal);
        Assert.Single(result.Stdout.Trim().Split('\n'));
    }

    [Fact]
    public void Dump_WithoutHints_InfersRootKinds()
    {
        var result = CliProcess.Run("crdt", "dump", Golden.File("any.v1.bin"));

        Assert.Equal(0, result.ExitCode);
        Golden.AssertSameJson(File.ReadAllText(Golden.File("any.json")), result.Stdout, "any without hints");
    }

    [Fact]
    public void Dump_MalformedUpdate_ExitsNonZeroWithOneLine()
    {
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, [0x01, 0x05, 0xff, 0xff]);

        var result = CliProcess.Run("crdt", "dump", path);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Single(result.StderrLines);
        Assert.Contains(path, result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void Dump_UnknownTypeHint_ExitsNonZeroWithOneLine()
    {
        var result = CliProcess.Run("crdt", "dump", Golden.File("any.v1.bin"), "--type", "any=tree");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Single(result.StderrLines);
    }
}
