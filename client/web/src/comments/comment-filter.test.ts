import { describe, expect, it } from 'vitest';
import { filterComments, isUndisposed } from './comment-filter';
import type { Comment } from './comment-types';

const comment = (over: Partial<Comment>): Comment => ({
  id: 'c', planId: 'p', authorId: 'a', authorName: 'A', category: 'suggestion', body: 'b', anchor: null,
  round: 1, stage: 'discussion', versionId: null, createdAt: '2026-01-01T00:00:00Z', editedAt: null,
  deleted: false, resolved: false, resolvedBy: null, resolvedAt: null, replies: [], disposition: null, ...over,
});

describe('comment filters', () => {
  const all = [
    comment({ id: '1', category: 'highlight', createdAt: '2026-01-01T00:00:03Z' }),
    comment({ id: '2', category: 'suggestion', resolved: true, createdAt: '2026-01-01T00:00:02Z' }),
    comment({ id: '3', category: 'suggestion', round: 2, createdAt: '2026-01-01T00:00:01Z' }),
    comment({ id: '4', category: 'weakness', deleted: true }),
    comment({ id: '5', disposition: { disposition: 'deferred', reason: null, versionId: null, nextVersion: true, byUserId: 't', round: 1, at: '' } }),
  ];

  it('filters by category, status and round', () => {
    expect(filterComments(all, { category: 'suggestion', status: 'open', round: 'all' }).map((c) => c.id)).toEqual(['5', '3']);
    expect(filterComments(all, { category: 'all', status: 'resolved', round: 'all' }).map((c) => c.id)).toEqual(['2']);
    expect(filterComments(all, { category: 'all', status: 'all', round: 2 }).map((c) => c.id)).toEqual(['3']);
  });

  it('lists deleted comments last', () => {
    expect(filterComments(all, { category: 'all', status: 'all', round: 'all' }).at(-1)!.id).toBe('4');
  });

  it('counts as undisposed only open suggestions without a disposition', () => {
    expect(all.filter(isUndisposed).map((c) => c.id)).toEqual(['3']);
    expect(filterComments(all, { category: 'all', status: 'undisposed', round: 'all' }).map((c) => c.id)).toEqual(['3']);
  });
});
