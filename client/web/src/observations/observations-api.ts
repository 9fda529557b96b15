import { ApiError, apiFetch } from '../auth/api-fetch';
import type { Observation, Reflection, RoundSummary } from './observation-types';

const plan = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;
const mine = (planId: string) => `${plan(planId)}/observations/mine`;

/** My 听课记录 of the current round, or null when I have none yet. */
export async function myObservation(token: string, planId: string): Promise<Observation | null> {
  return orNull(apiFetch<Observation>(mine(planId), { token }));
}

export function startLesson(token: string, planId: string): Promise<Observation> {
  return apiFetch<Observation>(`${mine(planId)}/start`, { method: 'POST', token });
}

export function addNote(
  token: string,
  planId: string,
  note: { text: string; category: string | null; section: string | null },
): Promise<unknown> {
  return apiFetch(`${mine(planId)}/notes`, {
    method: 'POST',
    token,
    body: { text: note.text, category: note.category, anchor: note.section ? { section: note.section } : null },
  });
}

export function saveSummary(token: string, planId: string, summary: { highlight: string; weakness: string; suggestion: string }): Promise<unknown> {
  return apiFetch(`${mine(planId)}/summary`, { method: 'PUT', token, body: summary });
}

export function roundSummary(token: string, planId: string, round: number): Promise<RoundSummary> {
  return apiFetch<RoundSummary>(`${plan(planId)}/rounds/${round}/summary`, { token });
}

export function getReflection(token: string, planId: string, round: number): Promise<Reflection | null> {
  return orNull(apiFetch<Reflection>(`${plan(planId)}/reflections/${round}`, { token }));
}

export function saveReflection(token: string, planId: string, round: number, markdown: string, expectedRevision: number): Promise<Reflection> {
  return apiFetch<Reflection>(`${plan(planId)}/reflections/${round}`, { method: 'PUT', token, body: { markdown, expectedRevision } });
}

async function orNull<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      return null;
    }
    throw error;
  }
}
