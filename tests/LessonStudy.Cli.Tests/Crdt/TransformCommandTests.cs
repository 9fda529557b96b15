namespace LessonStudy.Cli.Tests.Crdt;

/// <summary>encode, merge, diff, sv and convert: bytes compared with what yjs produced.</summary>
public class TransformCommandTests
{
    [Theory]
    [InlineData("text-basic")]
    [InlineData("format")]
    [InlineData("any")]
    [InlineData("types")]
    [InlineData("xml")]
    public void Encode_YjsState_ByteIdentical(string name)
    {
        var output = Temp();

        var result = CliProcess.Run("crdt", "encode", Golden.File(name + ".v1.bin"), "-o", output);
        var fromV2 = CliProcess.Run("crdt", "encode", Golden.File(name + ".v2.bin"), "--v2", "-o", output + ".2");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(File.ReadAllBytes(Golden.File(name + ".v1.bin")), File.ReadAllBytes(output));
        Assert.True(fromV2.ExitCode == 0, fromV2.Stderr);
        Assert.Equal(File.ReadAllBytes(Golden.File(name + ".v1.bin")), File.ReadAllBytes(output + ".2"));
    }

    [Theory]
    [InlineData("text-basic")]
    [InlineData("any")]
    [InlineData("doc")]
    public void Convert_BothWays_ByteIdenticalToYjs(string name)
    {
        var v2 = Temp();
        var v1 = Temp();

        Assert.Equal(0, CliProcess.Run("crdt", "convert", "--to", "v2", Golden.File(name + ".v1.bin"), "-o", v2).ExitCode);
        Assert.Equal(0, CliProcess.Run("crdt", "convert", "--to", "v1", Golden.File(name + ".v2.bin"), "-o", v1).ExitCode);

        Assert.Equal(File.ReadAllBytes(Golden.File(name + ".v2.bin")), File.ReadAllBytes(v2));
        Assert.Equal(File.ReadAllBytes(Golden.File(name + ".v1.bin")), File.ReadAllBytes(v1));
    }

    [Fact]
    public void Sv_OfTextBasic_IsTheDocumentedStateVector()
    {
        var output = Temp();

        var result = CliProcess.Run("crdt", "sv", Golden.File("text-basic.v1.bin"), "-o", output);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(new byte[] { 0x01, 0x01, 0x03 }, File.ReadAllBytes(output));
    }

    [Fact]
    public void MergeThenDiff_AgainstOwnStateVector_LeavesOnlyTheOtherUpdate()
    {
        var merged = Temp();
        var sv = Temp();
        var diff = Temp();

        Assert.Equal(0, CliProcess.Run("crdt", "merge", Golden.File("text-basic.v1.bin"), Golden.File("any.v1.bin"), "-o", merged).ExitCode);
        Assert.Equal(0, CliProcess.Run("crdt", "sv", Golden.File("text-basic.v1.bin"), "-o", sv).ExitCode);
        Assert.Equal(0, CliProcess.Run("crdt", "diff", merged, sv, "-o", diff).ExitCode);

        var mergedDump = CliProcess.Run("crdt", "dump", merged, "--type", "text=text", "--type", "any=map", "--type", "anyList=array");
        Assert.Contains("\"text\":\"ac\"", mergedDump.Stdout, StringComparison.Ordinal);
        var diffDump = CliProcess.Run("crdt", "dump", diff, "--type", "any=map", "--type", "anyList=array");
        Golden.AssertSameJson(File.ReadAllText(Golden.File("any.json")), diffDump.Stdout, "diff of the merge");
    }

    [Fact]
    public void Merge_MissingOutputOption_IsAUsageError()
    {
        var result = CliProcess.Run("crdt", "merge", Golden.File("text-basic.v1.bin"));

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.StderrLines);
    }

    [Fact]
    public void Convert_MissingFile_ExitsNonZeroWithOneLine()
    {
        var result = CliProcess.Run("crdt", "convert", "--to", "v2", "/nonexistent/update.bin", "-o", Temp());

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.StderrLines);
    }

    private static string Temp() => Path.Combine(Path.GetTempPath(), $"lessonstudy-cli-{Guid.NewGuid():N}.bin");
}
