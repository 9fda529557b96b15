import { apiFetch } from '../auth/api-fetch';
import type { GroupAnalytics, PlanAnalytics, Portfolio } from './analytics-types';

const enc = encodeURIComponent;

export function getPlanAnalytics(token: string, planId: string): Promise<PlanAnalytics> {
  return apiFetch<PlanAnalytics>(`/api/plans/${enc(planId)}/analytics`, { token });
}

export function getGroupAnalytics(token: string, groupId: string): Promise<GroupAnalytics> {
  return apiFetch<GroupAnalytics>(`/api/groups/${enc(groupId)}/analytics`, { token });
}

export function getPortfolio(token: string, userId: string, semester: string | null): Promise<Portfolio> {
  return apiFetch<Portfolio>(`/api/users/${enc(userId)}/portfolio${semester ? `?semester=${enc(semester)}` : ''}`, { token });
}
