namespace LessonStudy.Cli.Load;

/// <summary>What one <c>lessonstudy load</c> run does: N documents × M editors typing R edits/s each.</summary>
internal sealed record LoadSettings(
    Uri Url,
    int Documents,
    int Editors,
    double Rate,
    TimeSpan Duration,
    TimeSpan Warmup,
    int? ServerPid,
    int Seed,
    bool Json)
{
    public int Connections => Documents * Editors;
}
