import { apiFetch } from '../auth/api-fetch';
import type { AnchorRequest } from './comment-anchor';
import type { Category, Comment, Disposition } from './comment-types';

const base = (planId: string) => `/api/plans/${encodeURIComponent(planId)}/comments`;
const one = (planId: string, commentId: string) => `${base(planId)}/${encodeURIComponent(commentId)}`;

export function listComments(token: string, planId: string): Promise<Comment[]> {
  return apiFetch<Comment[]>(base(planId), { token });
}

export function createComment(token: string, planId: string, category: Category, body: string, anchor: AnchorRequest | null): Promise<Comment> {
  return apiFetch<Comment>(base(planId), { method: 'POST', token, body: { category, body, anchor } });
}

export function replyTo(token: string, planId: string, commentId: string, body: string): Promise<unknown> {
  return apiFetch(`${one(planId, commentId)}/replies`, { method: 'POST', token, body: { body } });
}

export function setResolved(token: string, planId: string, commentId: string, resolved: boolean): Promise<unknown> {
  return apiFetch(`${one(planId, commentId)}/resolution`, { method: 'PUT', token, body: { resolved } });
}

export function dispose(token: string, planId: string, commentId: string, disposition: Disposition, reason: string | null): Promise<unknown> {
  return apiFetch(`${one(planId, commentId)}/disposition`, { method: 'PUT', token, body: { disposition, reason } });
}
