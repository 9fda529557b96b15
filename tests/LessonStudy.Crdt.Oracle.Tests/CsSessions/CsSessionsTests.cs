using Xunit.Abstractions;

namespace LessonStudy.Crdt.Oracle.Tests.CsSessions;

/// <summary>
/// The reverse direction: seeded random sessions made with the engine (several replicas; Text with
/// formats, embeds, CJK and emoji; Map; Array; Xml; nested types; subdocuments; partial syncs in
/// random order) must converge, replay in C#, and read in yjs (<c>tests/oracle/decode-cs.mjs</c>)
/// to C#'s own dump, from the v1 and the v2 update events and from yjs's merge of them.
/// </summary>
public sealed class CsSessionsTests(CsSessionsFixture fixture, ITestOutputHelper output) : IClassFixture<CsSessionsFixture>
{
    [Fact]
    public void CsSessions_UpdateEvents_ReadByYjsToCsDump()
    {
        output.WriteLine($"{fixture.Written} of {fixture.Sessions} C# sessions from seed {fixture.FirstSeed}; {fixture.Timing}");
        foreach (var note in fixture.Notes)
        {
            output.WriteLine(note);
        }

        var report = fixture.Log.Report(OracleCheck.CsSessions, "C# sessions (own checks and decode-cs.mjs)");
        Assert.True(report is null, report);
        Assert.True(fixture.Written == fixture.Sessions, $"C# wrote {fixture.Written} session folders, expected {fixture.Sessions}");
    }
}
