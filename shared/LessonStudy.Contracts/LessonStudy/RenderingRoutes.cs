namespace LessonStudy.Contracts.LessonStudy;

/// <summary>Routes of the rendering feature: HTML, Word, compare and stats of a plan's versions.</summary>
public static class RenderingRoutes
{
    /// <summary>The plan's current text as a sanitized HTML fragment (<c>text/html</c>).</summary>
    public static string Render(string planId) => $"{PlanRoutes.Plan(planId)}/render";

    /// <summary>A version as a sanitized HTML fragment (<c>text/html</c>).</summary>
    public static string VersionHtml(string planId, string versionId) => $"{VersionRoutes.Version(planId, versionId)}/html";

    /// <summary>A version as a Word 教案; <paramref name="notesColumn"/> adds the blank 二次备课 column.</summary>
    public static string VersionDocx(string planId, string versionId, bool notesColumn = false) =>
        $"{VersionRoutes.Version(planId, versionId)}/docx{(notesColumn ? "?notesColumn=true" : string.Empty)}";

    /// <summary>Per-member changes of a version since the previous one (<see cref="VersionStatsDto"/>).</summary>
    public static string VersionStats(string planId, string versionId) => $"{VersionRoutes.Version(planId, versionId)}/stats";

    /// <summary>Two versions compared (<see cref="VersionCompareDto"/>).</summary>
    public static string Compare(string planId, string fromVersionId, string toVersionId) =>
        $"{PlanRoutes.Plan(planId)}/compare?from={Uri.EscapeDataString(fromVersionId)}&to={Uri.EscapeDataString(toVersionId)}";
}
