import { apiFetch } from '../auth/api-fetch';

/** One document the caller can open (GET /api/documents). */
export interface DocumentSummary {
  id: string;
  title: string;
  ownerId: string;
  canEdit: boolean;
  createdAt: string;
}

export function listDocuments(token: string): Promise<DocumentSummary[]> {
  return apiFetch<DocumentSummary[]>('/api/documents', { token });
}

export async function createDocument(token: string, title: string): Promise<string> {
  const answer = await apiFetch<{ id: string }>('/api/documents', { method: 'POST', token, body: { title } });
  return answer.id;
}

export async function shareDocument(token: string, documentId: string, userId: string, canEdit: boolean): Promise<void> {
  await apiFetch<unknown>(`/api/documents/${encodeURIComponent(documentId)}/members`, {
    method: 'POST',
    token,
    body: { userId, canEdit },
  });
}
