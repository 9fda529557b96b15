using LessonStudy.Contracts.LessonStudy;

namespace LessonStudy.Server.Features.Plans;

/// <summary>The stages of one round, in order, then 定稿. Wire names in <see cref="PlanStages"/>.</summary>
public enum PlanStage
{
    Draft,
    Discussion,
    Revision,
    Tracking,
    Exchange,
    Final,
}

public static class PlanStageNames
{
    public static string ToWire(this PlanStage stage) => PlanStages.All[(int)stage];

    public static bool TryParse(string? wire, out PlanStage stage)
    {
        for (var i = 0; i < PlanStages.All.Count; i++)
        {
            if (string.Equals(PlanStages.All[i], wire, StringComparison.Ordinal))
            {
                stage = (PlanStage)i;
                return true;
            }
        }

        stage = default;
        return false;
    }

    /// <summary>The Chinese name teachers use (个人初备 …), for version names and exports.</summary>
    public static string ChineseName(this PlanStage stage) => stage switch
    {
        PlanStage.Draft => "个人初备",
        PlanStage.Discussion => "集体研讨",
        PlanStage.Revision => "修正",
        PlanStage.Tracking => "跟踪",
        PlanStage.Exchange => "交流",
        _ => "定稿",
    };
}
