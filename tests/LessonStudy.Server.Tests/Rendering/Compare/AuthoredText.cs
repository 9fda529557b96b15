using LessonStudy.Server.Features.Versions;

namespace LessonStudy.Server.Tests.Rendering.Compare;

/// <summary>Builds a version's Markdown piece by piece with who wrote each piece, as authorship runs.</summary>
internal sealed class AuthoredText
{
    private readonly System.Text.StringBuilder text = new();
    private readonly List<AuthoredRun> runs = [];

    public AuthoredText Add(string piece, string? userId)
    {
        if (runs.Count > 0 && runs[^1].UserId == userId && runs[^1].Start + runs[^1].Length == text.Length)
        {
            runs[^1] = runs[^1] with { Length = runs[^1].Length + piece.Length };
        }
        else
        {
            runs.Add(new AuthoredRun(text.Length, piece.Length, userId));
        }

        text.Append(piece);
        return this;
    }

    public VersionRecord Version(string id, string name, int round = 1) => new(
        VersionRecord.CurrentSchemaVersion, id, "plan1", name, round, "discussion", VersionRecord.TransitionKind, "t",
        new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero), text.ToString(), [], runs, [], null);
}
