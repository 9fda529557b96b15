using LessonStudy.Server.Features.Plans;

namespace LessonStudy.Server.Features.Observations;

/// <summary>The 授课版 of a round: the version frozen when that round moved 修正 → 跟踪.</summary>
public static class TeachingVersion
{
    public static string? IdOf(PlanRecord plan, int round)
    {
        for (var i = plan.Transitions.Count - 1; i >= 0; i--)
        {
            var transition = plan.Transitions[i];
            if (transition.To == PlanStage.Tracking && transition.Round == round)
            {
                return transition.VersionId;
            }
        }

        return null;
    }

    /// <summary>Whether readers may see everyone's notes of <paramref name="round"/>: in 交流 and later (a later round, or 定稿).</summary>
    public static bool IsOpenToReaders(PlanRecord plan, int round) =>
        round < plan.Round || (round == plan.Round && plan.Stage is PlanStage.Exchange or PlanStage.Final);
}
