using LessonStudy.Server.Features.Plans;

namespace LessonStudy.Server.Features.Analytics;

/// <summary>A plan's comment threads, 听课记录 and 课后反思, read from the feedback features' stores.</summary>
public interface IFeedbackFacts
{
    Task<FeedbackFacts> ReadAsync(PlanRecord plan, CancellationToken cancellationToken);
}

public sealed record FeedbackFacts(
    IReadOnlyList<CommentFact> Comments,
    IReadOnlyList<ObservationFact> Observations,
    IReadOnlyList<ReflectionFact> Reflections);
