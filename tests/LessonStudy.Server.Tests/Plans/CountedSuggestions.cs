using System.Collections.Concurrent;
using LessonStudy.Server.Features.Plans;

namespace LessonStudy.Server.Tests.Plans;

/// <summary>
/// A source of undisposed suggestions whose count the test sets per plan. The server adds the counts of
/// every registered source, so this works beside the comments feature's own source (whose count is 0
/// when the test has written no comments).
/// </summary>
internal sealed class CountedSuggestions : IUndisposedSuggestions
{
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);

    public void Set(string planId, int count) => counts[planId] = count;

    public Task<int> CountAsync(PlanRecord plan, CancellationToken cancellationToken) =>
        Task.FromResult(counts.GetValueOrDefault(plan.Id));
}
