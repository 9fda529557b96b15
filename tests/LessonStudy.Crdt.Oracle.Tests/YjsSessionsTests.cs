using Xunit.Abstractions;

namespace LessonStudy.Crdt.Oracle.Tests;

/// <summary>
/// Seeded multi-replica sessions made by the real yjs (<c>tests/oracle/gen-sessions.mjs</c>: Text
/// with formats, embeds, CJK and emoji; Map; Array; Xml; nested types; subdocuments; partial syncs
/// in random order), held against the engine in both directions. The pipeline runs once
/// (<see cref="YjsSessionsFixture"/>); each test reports its own part of the contract, every
/// failure with its seed. A failing seed reproduces alone:
/// <c>cd tests/oracle &amp;&amp; node gen-sessions.mjs --from SEED --count 1 --out /tmp/s</c>, then
/// <c>ORACLE_DIR=/tmp/s ORACLE_FIRST_SEED=SEED ORACLE_SEEDS=1 dotnet test --filter YjsSessions</c>.
/// </summary>
public sealed class YjsSessionsTests(YjsSessionsFixture fixture, ITestOutputHelper output) : IClassFixture<YjsSessionsFixture>
{
    [Fact]
    public void YjsSessions_EverySeed_GeneratedCheckedAndVerified()
    {
        output.WriteLine($"{fixture.Checked} of {fixture.Seeds} seeds from {fixture.FirstSeed}; {fixture.Timing}");
        Assert.True(fixture.Log.Report(OracleCheck.Pipeline, "oracle pipeline") is null, fixture.Log.Report(OracleCheck.Pipeline, "oracle pipeline"));
        Assert.True(fixture.Checked == fixture.Seeds, $"C# checked {fixture.Checked} seed folders, expected {fixture.Seeds}");
    }

    [Fact]
    public void YjsSessions_V1AndV2BytesFromYjs_DecodeToExpectedDump() =>
        AssertNoFailures(OracleCheck.Decode, "C# reading yjs bytes (dump vs expected.json)");

    [Fact]
    public void YjsSessions_StateReEncoded_ByteIdenticalToYjs() =>
        AssertNoFailures(OracleCheck.ReEncode, "C# re-encoding vs yjs bytes");

    [Fact]
    public void YjsSessions_UpdatesInShuffledOrder_ReachExpectedState() =>
        AssertNoFailures(OracleCheck.Shuffled, "C# applying the update events in shuffled order");

    [Fact]
    public void YjsSessions_CsMergeDiffStateVectorsAndConversions_ReadByYjsAsExpected() =>
        AssertNoFailures(OracleCheck.YjsReadsCs, "yjs reading C#'s cs/ files (verify.mjs)");

    private void AssertNoFailures(OracleCheck check, string header)
    {
        output.WriteLine($"{fixture.Checked} of {fixture.Seeds} seeds from {fixture.FirstSeed}; {fixture.Timing}");
        var report = fixture.Log.Report(check, header);
        Assert.True(report is null, report);
    }
}
