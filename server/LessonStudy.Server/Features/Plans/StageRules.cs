namespace LessonStudy.Server.Features.Plans;

/// <summary>
/// The stage table of DESIGN.md, in one place: who may edit, comment, dispose, observe, summarise,
/// reflect and move the plan on, per stage. Everything that enforces rights asks this class.
/// A 备课组长 is also a member of the group, so whatever a 组员 may do, a leader may do too.
/// </summary>
public static class StageRules
{
    private const PlanRole GroupPeople = PlanRole.Member | PlanRole.Leader;
    private const PlanRole Readers = PlanRole.Teacher | GroupPeople | PlanRole.Observer | PlanRole.Admin;
    private const PlanRole Commenters = PlanRole.Teacher | GroupPeople | PlanRole.Observer;

    public static bool CanRead(PlanRole roles) => (roles & Readers) != 0;

    /// <summary>Edits the plan text: 个人初备 and 修正 the teacher, 集体研讨 teacher and group; later nobody.</summary>
    public static bool CanEdit(PlanRole roles, PlanStage stage) => stage switch
    {
        PlanStage.Draft or PlanStage.Revision => roles.HasFlag(PlanRole.Teacher),
        PlanStage.Discussion => (roles & (PlanRole.Teacher | GroupPeople)) != 0,
        _ => false,
    };

    /// <summary>Comments: everyone with access from 集体研讨 to 交流 (the admin reads only).</summary>
    public static bool CanComment(PlanRole roles, PlanStage stage) =>
        stage is PlanStage.Discussion or PlanStage.Revision or PlanStage.Tracking or PlanStage.Exchange
        && (roles & Commenters) != 0;

    /// <summary>Records a disposition (采纳 / 不采纳 / 暂缓) on a suggestion: the teacher, in 修正 (and later rounds' 修正).</summary>
    public static bool CanDispose(PlanRole roles, PlanStage stage) =>
        stage == PlanStage.Revision && roles.HasFlag(PlanRole.Teacher);

    /// <summary>Keeps a 听课记录 with timestamped notes: observers, members, leaders, in 跟踪.</summary>
    public static bool CanObserve(PlanRole roles, PlanStage stage) =>
        stage == PlanStage.Tracking && (roles & (PlanRole.Observer | GroupPeople)) != 0;

    /// <summary>Writes the closing 三个一 summary of an observation: in 跟踪 and 交流.</summary>
    public static bool CanSummarize(PlanRole roles, PlanStage stage) =>
        stage is PlanStage.Tracking or PlanStage.Exchange && (roles & (PlanRole.Observer | GroupPeople)) != 0;

    /// <summary>Writes the 课后反思 of the round: the teacher, in 交流.</summary>
    public static bool CanReflect(PlanRole roles, PlanStage stage) =>
        stage == PlanStage.Exchange && roles.HasFlag(PlanRole.Teacher);

    /// <summary>The stages a plan in <paramref name="stage"/> may move to, whoever asks.</summary>
    public static IReadOnlyList<PlanStage> Next(PlanStage stage) => stage switch
    {
        PlanStage.Draft => [PlanStage.Discussion],
        PlanStage.Discussion => [PlanStage.Revision],
        PlanStage.Revision => [PlanStage.Tracking],
        PlanStage.Tracking => [PlanStage.Exchange],
        PlanStage.Exchange => [PlanStage.Revision, PlanStage.Final],
        _ => [],
    };

    /// <summary>Moves it on: teacher or leader, except out of 交流, which only a leader decides.</summary>
    public static bool CanMove(PlanRole roles, PlanStage from, PlanStage to)
    {
        if (!Next(from).Contains(to))
        {
            return false;
        }

        return from == PlanStage.Exchange
            ? roles.HasFlag(PlanRole.Leader)
            : (roles & (PlanRole.Teacher | PlanRole.Leader)) != 0;
    }

    /// <summary>The round after moving: 交流 → 修正 starts the next one.</summary>
    public static int RoundAfter(PlanStage from, PlanStage to, int round) =>
        from == PlanStage.Exchange && to == PlanStage.Revision ? round + 1 : round;

    /// <summary>
    /// The name of the version frozen by a transition, as teachers say it: 第1轮·集体研讨稿, 第1轮·授课版, 定稿.
    /// </summary>
    public static string VersionName(PlanStage from, PlanStage to, int round) => (from, to) switch
    {
        (_, PlanStage.Final) => "定稿",
        (PlanStage.Revision, PlanStage.Tracking) => $"第{round}轮·授课版",
        (PlanStage.Draft, _) => $"第{round}轮·初备稿",
        (PlanStage.Discussion, _) => $"第{round}轮·集体研讨稿",
        (PlanStage.Tracking, _) => $"第{round}轮·听课后",
        _ => $"第{round}轮·交流稿",
    };
}
