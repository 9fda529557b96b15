namespace LessonStudy.Server.Features.Rendering.Word;

/// <summary>What the 教案 says about itself besides its text: the header, the title and the info line.</summary>
/// <param name="School">学校.</param>
/// <param name="Group">备课组.</param>
/// <param name="Title">课题 — the document's title.</param>
/// <param name="Teacher">执教教师.</param>
/// <param name="Subject">学科.</param>
/// <param name="Grade">年级.</param>
/// <param name="Lesson">课时 (e.g. 第1课时); may be empty.</param>
/// <param name="Date">The date printed in the header (the version's date).</param>
/// <param name="VersionName">e.g. 第1轮·授课版.</param>
public sealed record LessonPlanDocxInfo(
    string School,
    string Group,
    string Title,
    string Teacher,
    string Subject,
    string Grade,
    string Lesson,
    DateOnly Date,
    string VersionName)
{
    /// <summary>The date as Chinese school documents write it: 2025年3月1日.</summary>
    public string DateText => $"{Date.Year}年{Date.Month}月{Date.Day}日";
}
