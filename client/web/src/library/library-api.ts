import { apiFetch } from '../auth/api-fetch';
import { type LibraryQuery, librarySearchPath } from './library-query';
import type { LibraryEntry, LibraryPlan } from './library-types';

export function searchLibrary(token: string, query: LibraryQuery): Promise<LibraryEntry[]> {
  return apiFetch<LibraryEntry[]>(librarySearchPath(query), { token });
}

export function getLibraryPlan(token: string, planId: string): Promise<LibraryPlan> {
  return apiFetch<LibraryPlan>(`/api/library/${encodeURIComponent(planId)}`, { token });
}
