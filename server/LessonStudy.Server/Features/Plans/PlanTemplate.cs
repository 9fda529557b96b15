namespace LessonStudy.Server.Features.Plans;

/// <summary>The school's 教案 template: the 课题 as title, then the sections schools use, empty.</summary>
public static class PlanTemplate
{
    public static readonly IReadOnlyList<string> Sections = ["教学目标", "教学重难点", "教学准备", "教学过程", "板书设计", "作业设计", "教学反思"];

    public static string Markdown(string title) =>
        $"# {title}\n\n" + string.Concat(Sections.Select(section => $"## {section}\n\n\n"));
}
