import type { Category, Comment } from './comment-types';

export interface CommentFilter {
  category: Category | 'all';
  status: 'open' | 'resolved' | 'undisposed' | 'all';
  round: number | 'all';
}

/** Whether a suggestion still waits for the 执教教师's disposition (the rule that guards 修正 → 跟踪). */
export function isUndisposed(comment: Comment): boolean {
  return comment.category === 'suggestion' && !comment.deleted && !comment.resolved && comment.disposition === null;
}

/** The comments the filter keeps, deleted ones last and otherwise oldest first. */
export function filterComments(comments: readonly Comment[], filter: CommentFilter): Comment[] {
  return comments
    .filter((c) => filter.category === 'all' || c.category === filter.category)
    .filter((c) => filter.round === 'all' || c.round === filter.round)
    .filter((c) => {
      switch (filter.status) {
        case 'open':
          return !c.deleted && !c.resolved;
        case 'resolved':
          return !c.deleted && c.resolved;
        case 'undisposed':
          return isUndisposed(c);
        default:
          return true;
      }
    })
    .sort((a, b) => Number(a.deleted) - Number(b.deleted) || a.createdAt.localeCompare(b.createdAt));
}
