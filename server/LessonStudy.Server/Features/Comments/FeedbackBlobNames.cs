using LessonStudy.Server.Hosting;

namespace LessonStudy.Server.Features.Comments;

/// <summary>
/// Blob names of comments, observations and reflections (docs/storage.md), built only from IDs that pass
/// <see cref="ResourceId.IsValid"/> and from round numbers.
/// </summary>
public static class FeedbackBlobNames
{
    public static string Comments(string planId) => $"plans/{Valid(planId)}/comments/";

    public static string Comment(string planId, string commentId) => $"{Comments(planId)}{Valid(commentId)}.json";

    public static string Observations(string planId) => $"plans/{Valid(planId)}/observations/";

    public static string Observation(string planId, string observationId) => $"{Observations(planId)}{Valid(observationId)}.json";

    public static string Reflection(string planId, int round) =>
        round >= 1 ? $"plans/{Valid(planId)}/reflections/{round}.json" : throw new ArgumentOutOfRangeException(nameof(round));

    private static string Valid(string id) =>
        ResourceId.IsValid(id) ? id : throw new ArgumentException($"'{id}' is not a valid resource ID.", nameof(id));
}
