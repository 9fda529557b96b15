import { apiFetch, apiFetchText } from '../auth/api-fetch';
import type { Group, Plan, Stage } from './plan-types';

const enc = encodeURIComponent;

export function listGroups(token: string): Promise<Group[]> {
  return apiFetch<Group[]>('/api/groups', { token });
}

export function getGroup(token: string, groupId: string): Promise<Group> {
  return apiFetch<Group>(`/api/groups/${enc(groupId)}`, { token });
}

export function createGroup(
  token: string,
  group: { name: string; school: string; subject: string; grade: string },
): Promise<Group> {
  return apiFetch<Group>('/api/groups', { method: 'POST', token, body: group });
}

export function setGroupMember(
  token: string,
  groupId: string,
  member: { userId: string; displayName: string; role: 'leader' | 'member' },
): Promise<Group> {
  return apiFetch<Group>(`/api/groups/${enc(groupId)}/members/${enc(member.userId)}`, {
    method: 'PUT',
    token,
    body: { displayName: member.displayName, role: member.role },
  });
}

export function listGroupPlans(token: string, groupId: string): Promise<Plan[]> {
  return apiFetch<Plan[]>(`/api/groups/${enc(groupId)}/plans`, { token });
}

export function createPlan(
  token: string,
  groupId: string,
  plan: { title: string; teacherId: string; lesson?: string; copyFromPlanId?: string },
): Promise<Plan> {
  return apiFetch<Plan>(`/api/groups/${enc(groupId)}/plans`, { method: 'POST', token, body: plan });
}

export function getPlan(token: string, planId: string): Promise<Plan> {
  return apiFetch<Plan>(`/api/plans/${enc(planId)}`, { token });
}

export function movePlan(token: string, planId: string, to: Stage, confirmUndisposed = false): Promise<Plan> {
  return apiFetch<Plan>(`/api/plans/${enc(planId)}/transitions`, {
    method: 'POST',
    token,
    body: { to, confirmUndisposed },
  });
}

export function inviteObserver(token: string, planId: string, userId: string, displayName: string): Promise<Plan> {
  return apiFetch<Plan>(`/api/plans/${enc(planId)}/observers`, { method: 'POST', token, body: { userId, displayName } });
}

/** The plan's live text as the server's sanitized HTML fragment. */
export function renderPlan(token: string, planId: string): Promise<string> {
  return apiFetchText(`/api/plans/${enc(planId)}/render`, token);
}
