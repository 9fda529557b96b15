using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Plans;

namespace LessonStudy.Server.Features.Comments;

/// <summary>
/// How many suggestions of a plan still wait for the 执教教师's disposition — what leaving 修正 asks to be
/// confirmed. Counted: threads of category 建议 (suggestion) of any round that are not deleted, not
/// resolved, and have no disposition. A resolved thread is closed for discussion (its author withdrew it, or
/// the teacher or a leader settled it in the thread), so there is nothing left to dispose of; a disposition
/// from an earlier round still counts (暂缓 is a decision too).
/// </summary>
public sealed class UndisposedSuggestions(CommentStore store) : IUndisposedSuggestions
{
    public async Task<int> CountAsync(PlanRecord plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var count = 0;
        await foreach (var comment in store.ListAsync(plan.Id, cancellationToken).ConfigureAwait(false))
        {
            if (IsUndisposed(comment))
            {
                count++;
            }
        }

        return count;
    }

    public static bool IsUndisposed(CommentRecord comment) =>
        comment.Category == CommentCategories.Suggestion && !comment.Deleted && !comment.Resolved && comment.Disposition is null;
}
