namespace LessonStudy.Server.Features.Plans;

/// <summary>
/// How many suggestions on a plan have no disposition yet (采纳 / 不采纳 / 暂缓). Leaving 修正 for 跟踪 while
/// this is above zero needs an explicit confirmation, recorded with the transition.
/// </summary>
/// <remarks>
/// The comments feature implements it. Every registered implementation is asked and the counts are added
/// (a source of suggestions each); none registered is a configuration error, never a silent zero.
/// </remarks>
public interface IUndisposedSuggestions
{
    Task<int> CountAsync(PlanRecord plan, CancellationToken cancellationToken);
}
