namespace LessonStudy.Contracts.LessonStudy;

/// <summary>
/// The stages of a lesson plan on the wire (JoinResult.stage, PlanDto.stage). One round is
/// draft → discussion → revision → tracking → exchange; then revision (round + 1) or final.
/// </summary>
public static class PlanStages
{
    /// <summary>个人初备: the executing teacher drafts alone.</summary>
    public const string Draft = "draft";

    /// <summary>集体研讨: the group co-edits and comments live.</summary>
    public const string Discussion = "discussion";

    /// <summary>修正: the executing teacher revises from the suggestions.</summary>
    public const string Revision = "revision";

    /// <summary>跟踪: the lesson is taught; observers annotate the frozen version.</summary>
    public const string Tracking = "tracking";

    /// <summary>交流: post-lesson exchange and 课后反思.</summary>
    public const string Exchange = "exchange";

    /// <summary>定稿: final, read-only.</summary>
    public const string Final = "final";

    public static readonly IReadOnlyList<string> All = [Draft, Discussion, Revision, Tracking, Exchange, Final];
}
