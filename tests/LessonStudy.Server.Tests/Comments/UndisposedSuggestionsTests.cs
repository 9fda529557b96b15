using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Comments;

namespace LessonStudy.Server.Tests.Comments;

public sealed class UndisposedSuggestionsTests
{
    private static readonly DateTimeOffset At = new(2026, 10, 9, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void IsUndisposed_OpenSuggestionWithoutDisposition_IsTrue() =>
        Assert.True(UndisposedSuggestions.IsUndisposed(Comment(CommentCategories.Suggestion)));

    [Fact]
    public void IsUndisposed_OtherCategoriesDeletedResolvedOrDisposed_IsFalse()
    {
        Assert.False(UndisposedSuggestions.IsUndisposed(Comment(CommentCategories.Highlight)));
        Assert.False(UndisposedSuggestions.IsUndisposed(Comment(CommentCategories.Weakness)));
        Assert.False(UndisposedSuggestions.IsUndisposed(Comment(CommentCategories.Suggestion) with { DeletedAt = At }));
        Assert.False(UndisposedSuggestions.IsUndisposed(Comment(CommentCategories.Suggestion) with { Resolved = true }));
        Assert.False(UndisposedSuggestions.IsUndisposed(Comment(CommentCategories.Suggestion) with
        {
            Dispositions = [new DispositionRecord(CommentDispositions.Deferred, null, null, "t", 1, At)],
        }));
    }

    private static CommentRecord Comment(string category) =>
        new(1, "c", "p", "u", "u", category, "x", null, 1, PlanStages.Discussion, null, At, null, [], null, false, null, null, [], []);
}
